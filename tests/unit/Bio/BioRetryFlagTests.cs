using System;
using NUnit.Framework;
using BioBase = LibSsl.Bio.Bio;

namespace LibSsl.Tests.Bio;

/// <summary>BIO_should_retry(3): every Read and Write starts with the retry flags cleared.</summary>
[TestFixture]
public class BioRetryFlagTests
{
    /// <summary>Records the flags it finds on entry, then does what it is told.</summary>
    private sealed class ProbeBio : BioBase
    {
        public int FlagsOnRead = -1;
        public int FlagsOnWrite = -1;
        public int Calls;
        public Func<ProbeBio, int> OnRead = _ => 1;
        public Func<ProbeBio, int> OnWrite = _ => 1;

        public override int Type => 1 | 0x0400;

        public void RetryRead() => SetRetryRead();

        public void RetryWrite() => SetRetryWrite();

        protected override int ReadCore(Span<byte> buffer)
        {
            Calls++;
            FlagsOnRead = Flags;
            return OnRead(this);
        }

        protected override int WriteCore(ReadOnlySpan<byte> data)
        {
            Calls++;
            FlagsOnWrite = Flags;
            return OnWrite(this);
        }
    }

    private const int AllRetryBits = BioBase.FlagRws | BioBase.FlagShouldRetry;

    [Test]
    public void ReadClearsFlagsLeftByAnEarlierWrite()
    {
        var bio = new ProbeBio { OnWrite = b => { b.RetryWrite(); return -1; } };
        Assert.That(bio.Write(new byte[3]), Is.EqualTo(-1));
        Assert.That(bio.ShouldRetry && bio.ShouldWrite, Is.True);

        Assert.That(bio.Read(new byte[3]), Is.EqualTo(1));
        Assert.That(bio.FlagsOnRead & AllRetryBits, Is.Zero, "flags seen inside ReadCore");
        Assert.That(bio.ShouldRetry, Is.False);
        Assert.That(bio.ShouldWrite, Is.False);
    }

    [Test]
    public void WriteClearsFlagsLeftByAnEarlierRead()
    {
        var bio = new ProbeBio { OnRead = b => { b.RetryRead(); return -1; } };
        Assert.That(bio.Read(new byte[3]), Is.EqualTo(-1));
        Assert.That(bio.ShouldRetry && bio.ShouldRead, Is.True);
        Assert.That(bio.ShouldWrite, Is.False);

        Assert.That(bio.Write(new byte[3]), Is.EqualTo(1));
        Assert.That(bio.FlagsOnWrite & AllRetryBits, Is.Zero, "flags seen inside WriteCore");
        Assert.That(bio.ShouldRetry || bio.ShouldRead, Is.False);
    }

    [Test]
    public void EveryRetryFlagIsClearedButOtherFlagsStay()
    {
        const int Unrelated = 0x100;
        var bio = new ProbeBio { Flags = AllRetryBits | Unrelated };
        bio.Read(new byte[1]);
        Assert.That(bio.FlagsOnRead, Is.EqualTo(Unrelated));

        bio.Flags = AllRetryBits | Unrelated;
        bio.Write(new byte[1]);
        Assert.That(bio.FlagsOnWrite, Is.EqualTo(Unrelated));
    }

    [Test]
    public void EmptyBuffersReturnZeroWithoutCallingTheMethodAndClearFlags()
    {
        var bio = new ProbeBio { Flags = AllRetryBits };
        Assert.That(bio.Read(Span<byte>.Empty), Is.Zero);
        Assert.That(bio.Flags & AllRetryBits, Is.Zero);
        bio.Flags = AllRetryBits;
        Assert.That(bio.Write(ReadOnlySpan<byte>.Empty), Is.Zero);
        Assert.That(bio.Flags & AllRetryBits, Is.Zero);
        Assert.That(bio.Calls, Is.Zero);
    }

    [Test]
    public void MarkRetryReadSetsReadAndRetry()
    {
        var bio = new ProbeBio();
        bio.MarkRetryRead();
        Assert.That(bio.ShouldRetry, Is.True);
        Assert.That(bio.ShouldRead, Is.True);
        Assert.That(bio.ShouldWrite, Is.False);
    }
}
