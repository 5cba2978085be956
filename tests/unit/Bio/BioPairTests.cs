using System;
using System.Collections.Generic;
using LibSsl.Bio;
using LibSsl.Err;
using NUnit.Framework;

namespace LibSsl.Tests.Bio;

/// <summary>BIO_s_bio(3): bounded buffers, write guarantee, read request, shutdown_wr (bss_bio.c).</summary>
[TestFixture]
public class BioPairTests
{
    [SetUp]
    public void ClearErrors() => ErrorQueue.Clear();

    private static (BioPair, BioPair) Pair(long size1 = 256, long size2 = 256)
    {
        var a = new BioPair();
        var b = new BioPair();
        Assert.That(a.SetWriteBufferSize(size1, "test"), Is.EqualTo(1));
        Assert.That(b.SetWriteBufferSize(size2, "test"), Is.EqualTo(1));
        Assert.That(a.MakePair(b, "test"), Is.EqualTo(1));
        return (a, b);
    }

    private static int LastReason() => ErrorCode.GetReason(ErrorQueue.Get().Code);

    [Test]
    public void WritesStopWhenTheBufferIsFull()
    {
        var (a, b) = Pair();
        var data = new byte[100];
        int total = 0, n;
        while ((n = a.Write(data)) > 0)
            total += n;
        Assert.That(total, Is.EqualTo(256));
        Assert.That(n, Is.EqualTo(-1));
        Assert.That(a.ShouldRetry && a.ShouldWrite, Is.True);
        Assert.That(a.ShouldRead, Is.False);
        Assert.That(a.WriteGuarantee, Is.Zero);
        Assert.That(a.WritePending(), Is.EqualTo(256));
        Assert.That(b.Pending(), Is.EqualTo(256));
        Assert.That(a.Pending(), Is.Zero, "the other direction is empty");
        Assert.That(ErrorQueue.Count, Is.Zero, "a full buffer is not an error");
    }

    [Test]
    public void WriteGuaranteeIsTheRoomLeft()
    {
        var (a, b) = Pair();
        Assert.That(a.WriteGuarantee, Is.EqualTo(256));
        a.Write(new byte[200]);
        Assert.That(a.WriteGuarantee, Is.EqualTo(56));
        b.Read(new byte[150]);
        Assert.That(a.WriteGuarantee, Is.EqualTo(206));
    }

    [Test]
    public void AnEmptyReadRecordsTheReadRequestOnTheWriter()
    {
        var (a, b) = Pair();
        Assert.That(b.Read(new byte[100]), Is.EqualTo(-1));
        Assert.That(b.ShouldRetry && b.ShouldRead, Is.True);
        Assert.That(a.ReadRequest, Is.EqualTo(100));
        Assert.That(b.Read(new byte[1000]), Is.EqualTo(-1));
        Assert.That(a.ReadRequest, Is.EqualTo(256), "never more than the buffer holds");
        Assert.That(a.ResetReadRequest(), Is.EqualTo(1));
        Assert.That(a.ReadRequest, Is.Zero);
        b.Read(new byte[10]);
        a.Write(new byte[3]);
        Assert.That(a.ReadRequest, Is.Zero, "a write clears the request");
        b.Read(new byte[10]);
        Assert.That(a.ReadRequest, Is.Zero, "so does a successful read");
    }

    [Test]
    public void ShutdownWrGivesEndOfFileAfterTheLastByte()
    {
        var (a, b) = Pair();
        a.Write(new byte[] { 1, 2, 3 });
        Assert.That(a.ShutdownWrite(), Is.EqualTo(1));
        Assert.That(a.WriteGuarantee, Is.Zero);
        Assert.That(b.Eof(), Is.Zero, "bytes are still there");
        var buffer = new byte[10];
        Assert.That(b.Read(buffer), Is.EqualTo(3));
        Assert.That(b.Read(buffer), Is.Zero);
        Assert.That(b.ShouldRetry, Is.False);
        Assert.That(b.Eof(), Is.EqualTo(1));
        Assert.That(a.Eof(), Is.Zero, "the other direction is still open");

        Assert.That(a.Write(new byte[1]), Is.EqualTo(-1));
        Assert.That(a.ShouldRetry, Is.False);
        Assert.That(LastReason(), Is.EqualTo(BioReason.BrokenPipe));
    }

    [Test]
    public void BytesSurviveTheRingBufferWrappingAround()
    {
        var (a, b) = Pair(97, 97);
        var rng = new Random(11);
        var sent = new byte[50_000];
        rng.NextBytes(sent);
        var got = new List<byte>();
        int at = 0;
        var chunk = new byte[200];
        while (got.Count < sent.Length)
        {
            if (at < sent.Length)
            {
                int n = a.Write(sent.AsSpan(at, Math.Min(rng.Next(1, 150), sent.Length - at)));
                if (n > 0)
                    at += n;
            }
            int r = b.Read(chunk.AsSpan(0, rng.Next(1, chunk.Length)));
            if (r > 0)
                got.AddRange(chunk.AsSpan(0, r).ToArray());
        }
        Assert.That(got.ToArray(), Is.EqualTo(sent));
    }

    [Test]
    public void AnUnpairedEndIsNotInitialised()
    {
        var x = new BioPair();
        Assert.That(x.Initialized, Is.False);
        Assert.That(x.WriteBufferSize, Is.EqualTo(17 * 1024));
        Assert.That(x.WriteGuarantee, Is.Zero);
        Assert.That(x.Eof(), Is.EqualTo(1));
        Assert.That(x.CallRead(new byte[4]), Is.EqualTo(-1));
        Assert.That(LastReason(), Is.EqualTo(BioReason.Uninitialized));
    }

    [Test]
    public void DestroyingThePairUnpairsBothAndEmptiesTheBuffers()
    {
        var (a, b) = Pair();
        a.Write(new byte[10]);
        Assert.That(a.DestroyPair(), Is.EqualTo(1));
        Assert.That(a.Initialized || b.Initialized, Is.False);
        Assert.That(b.Pending(), Is.Zero);
        Assert.That(a.WritePending(), Is.Zero);
        Assert.That(b.CallWrite(new byte[1]), Is.EqualTo(-1));
        Assert.That(LastReason(), Is.EqualTo(BioReason.Uninitialized));

        Assert.That(a.MakePair(b, "test"), Is.EqualTo(1), "the ends can be paired again");
        Assert.That(a.Write(new byte[5]), Is.EqualTo(5));
        Assert.That(b.Read(new byte[10]), Is.EqualTo(5));
    }

    [Test]
    public void ReleasingOneEndUnpairsTheOther()
    {
        var (a, b) = Pair();
        Assert.That(a.Release(), Is.True);
        Assert.That(b.Initialized, Is.False);
        Assert.That(b.Peer, Is.Null);
    }

    [Test]
    public void SizesCannotChangeWhilePairedNorBeZero()
    {
        var (a, b) = Pair();
        Assert.That(a.SetWriteBufferSize(100, "test"), Is.Zero);
        Assert.That(LastReason(), Is.EqualTo(BioReason.InUse));
        Assert.That(a.MakePair(b, "test"), Is.Zero);
        Assert.That(LastReason(), Is.EqualTo(BioReason.InUse));
        a.DestroyPair();
        Assert.That(a.SetWriteBufferSize(0, "test"), Is.Zero);
        Assert.That(LastReason(), Is.EqualTo(BioReason.InvalidArgument));
        Assert.That(a.SetWriteBufferSize(10, "test"), Is.EqualTo(1));
        a.MakePair(b, "test");
        Assert.That(a.WriteGuarantee, Is.EqualTo(10));
        Assert.That(b.WriteGuarantee, Is.EqualTo(256));
    }

    [Test]
    public void ResetDropsWhatThisEndWroteAndReturnsZero()
    {
        var (a, b) = Pair();
        a.Write(new byte[10]);
        Assert.That(a.Reset(), Is.Zero);
        Assert.That(b.Pending(), Is.Zero);
    }

    [Test]
    public void ZeroLengthIoDoesNothing()
    {
        var (a, b) = Pair();
        Assert.That(a.CallWrite(ReadOnlySpan<byte>.Empty), Is.Zero);
        Assert.That(b.CallRead(Span<byte>.Empty), Is.Zero);
        Assert.That(b.ShouldRetry, Is.False);
    }
}
