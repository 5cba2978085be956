using System;
using System.Runtime.InteropServices;
using System.Text;
using LibSsl.Bio;
using LibSsl.Err;
using NUnit.Framework;
using BioBase = LibSsl.Bio.Bio;

namespace LibSsl.Tests.Bio;

/// <summary>BIO_s_mem(3) and BIO_new_mem_buf(3), with the results OpenSSL 3 gives (bss_mem.c).</summary>
[TestFixture]
public unsafe class MemBioTests
{
    [SetUp]
    public void ClearErrors() => ErrorQueue.Clear();

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    private static string ReadString(BioBase bio, int max)
    {
        var buffer = new byte[max];
        int n = bio.CallRead(buffer);
        return n > 0 ? Encoding.ASCII.GetString(buffer, 0, n) : "";
    }

    [Test]
    public void EmptyBufferAsksForReadRetry()
    {
        var mem = new MemBio();
        Assert.That(mem.CallRead(new byte[8]), Is.EqualTo(-1));
        Assert.That(mem.ShouldRetry && mem.ShouldRead, Is.True);
        Assert.That(mem.ShouldWrite, Is.False);
        Assert.That(mem.Eof(), Is.EqualTo(1));
        Assert.That(ErrorQueue.Count, Is.Zero, "an empty read is not an error");
    }

    [Test]
    public void ZeroLengthReadOfAnEmptyBufferIsTheEofReturnToo()
    {
        // BIO_read(b, buf, 0) reaches mem_read, which answers for the empty buffer.
        var mem = new MemBio();
        Assert.That(mem.CallRead(Span<byte>.Empty), Is.EqualTo(-1));
        Assert.That(mem.ShouldRetry, Is.True);
        mem.Write(Ascii("x"));
        Assert.That(mem.CallRead(Span<byte>.Empty), Is.Zero);
        Assert.That(mem.ShouldRetry, Is.False);
        // The library-internal Read keeps its own contract: no call for an empty buffer.
        var empty = new MemBio();
        Assert.That(empty.Read(Span<byte>.Empty), Is.Zero);
        Assert.That(empty.ShouldRetry, Is.False);
    }

    [Test]
    public void WhatIsWrittenIsReadBackInOrderAndClearsTheRetryFlags()
    {
        var mem = new MemBio();
        mem.CallRead(new byte[4]);
        Assert.That(mem.ShouldRetry, Is.True);
        Assert.That(mem.Write(Ascii("hello, ")), Is.EqualTo(7));
        Assert.That(mem.ShouldRetry, Is.False, "a write clears the flags left by the read");
        mem.Write(Ascii("world"));
        Assert.That(mem.Pending(), Is.EqualTo(12));
        Assert.That(mem.WritePending(), Is.Zero);
        Assert.That(ReadString(mem, 5), Is.EqualTo("hello"));
        Assert.That(ReadString(mem, 100), Is.EqualTo(", world"));
        Assert.That(mem.Pending(), Is.Zero);
    }

    [TestCase(0, 0, false)]
    [TestCase(-7, -7, true)]
    [TestCase(3, 3, true)]
    public void EofReturnIsWhatAnEmptyBufferReads(int eofReturn, int expected, bool retry)
    {
        var mem = new MemBio { EofReturn = eofReturn };
        Assert.That(mem.CallRead(new byte[4]), Is.EqualTo(expected));
        Assert.That(mem.ShouldRetry, Is.EqualTo(retry));
        Assert.That(mem.ShouldRead, Is.EqualTo(retry));
    }

    [Test]
    public void DefaultEofReturnIsMinusOne()
    {
        Assert.That(new MemBio().EofReturn, Is.EqualTo(-1));
    }

    [Test]
    public void ReadOnlyBufferIsNotCopiedAndRefusesWrites()
    {
        byte[] text = Ascii("read-only\nrest");
        fixed (byte* p = text)
        {
            MemBio ro = MemBio.ReadOnly(p, text.Length);
            Assert.That(ro.Flags & BioBase.FlagMemReadOnly, Is.Not.Zero);
            Assert.That(ro.EofReturn, Is.Zero);
            nint data = 0;
            Assert.That(ro.Info(ref data), Is.EqualTo(text.Length));
            Assert.That(data, Is.EqualTo((nint)p), "BIO_get_mem_data points into the caller's bytes");

            Assert.That(ro.CallWrite(Ascii("x")), Is.EqualTo(-1));
            ErrorEntry e = ErrorQueue.Get();
            Assert.That(ErrorCode.GetLib(e.Code), Is.EqualTo(ErrorCode.LibBio));
            Assert.That(ErrorCode.GetReason(e.Code), Is.EqualTo(BioReason.WriteToReadOnlyBio));
            Assert.That(ro.Puts(Ascii("x")), Is.EqualTo(-1));

            Assert.That(ReadString(ro, 4), Is.EqualTo("read"));
            ro.Info(ref data);
            Assert.That(data, Is.EqualTo((nint)(p + 4)));
            Assert.That(ReadString(ro, 100), Is.EqualTo("-only\nrest"));
            Assert.That(ro.CallRead(new byte[4]), Is.Zero, "static data reads as end of file");
            Assert.That(ro.ShouldRetry, Is.False);
            Assert.That(ro.Eof(), Is.EqualTo(1));

            Assert.That(ro.Reset(), Is.EqualTo(1));
            Assert.That(ro.Pending(), Is.EqualTo(text.Length), "reset rewinds a read-only buffer");
            Assert.That(text, Is.EqualTo(Ascii("read-only\nrest")), "the caller's bytes are untouched");
            ro.Release();
        }
    }

    [Test]
    public void ClearingTheReadOnlyFlagDoesNotMakeTheCallersBytesWritable()
    {
        byte[] text = Ascii("abc");
        fixed (byte* p = text)
        {
            MemBio ro = MemBio.ReadOnly(p, text.Length);
            ro.Flags = 0;
            Assert.That(ro.CallWrite(Ascii("x")), Is.EqualTo(-1));
            ro.Release();
        }
    }

    [Test]
    public void ResetEmptiesUnlessNonClearResetThenRewinds()
    {
        var mem = new MemBio();
        mem.Write(Ascii("0123456789"));
        ReadString(mem, 4);
        Assert.That(mem.Reset(), Is.EqualTo(1));
        Assert.That(mem.Pending(), Is.Zero);

        mem.Write(Ascii("0123456789"));
        ReadString(mem, 4);
        mem.Flags |= BioBase.FlagNonClearReset;
        Assert.That(mem.Reset(), Is.EqualTo(1));
        Assert.That(mem.Pending(), Is.EqualTo(10), "rewound to the start of what the buffer holds");
        Assert.That(ReadString(mem, 100), Is.EqualTo("0123456789"));
    }

    [Test]
    public void AWriteDropsWhatWasAlreadyRead()
    {
        var mem = new MemBio();
        mem.Write(Ascii("abcdef"));
        ReadString(mem, 4);
        Assert.That(mem.Tell(), Is.EqualTo(4));
        mem.Write(Ascii("gh"));
        Assert.That(mem.Tell(), Is.Zero);
        Assert.That(Encoding.ASCII.GetString(mem.Contents), Is.EqualTo("efgh"));
        mem.Flags |= BioBase.FlagNonClearReset;
        mem.Reset();
        Assert.That(Encoding.ASCII.GetString(mem.Contents), Is.EqualTo("efgh"), "the read bytes are gone");
    }

    [Test]
    public void SeekMovesTheReadPositionWithinTheBuffer()
    {
        var mem = new MemBio();
        mem.Write(Ascii("0123456789"));
        Assert.That(mem.Seek(7), Is.EqualTo(7));
        Assert.That(ReadString(mem, 10), Is.EqualTo("789"));
        Assert.That(mem.Seek(2), Is.EqualTo(2));
        Assert.That(mem.Pending(), Is.EqualTo(8));
        Assert.That(mem.Seek(11), Is.EqualTo(-1));
        Assert.That(mem.Seek(-1), Is.EqualTo(-1));
    }

    [Test]
    public void GetsReadsOneLineAndTerminatesIt()
    {
        var mem = new MemBio();
        mem.Puts(Ascii("one\ntwo\nthree"));
        var buffer = new byte[64];
        Assert.That(mem.Gets(buffer), Is.EqualTo(4));
        Assert.That(Encoding.ASCII.GetString(buffer, 0, 5), Is.EqualTo("one\n\0"));
        Assert.That(mem.Gets(buffer.AsSpan(0, 3)), Is.EqualTo(2), "at most size - 1 bytes");
        Assert.That(Encoding.ASCII.GetString(buffer, 0, 3), Is.EqualTo("tw\0"));
        Assert.That(mem.Gets(buffer.AsSpan(0, 1)), Is.Zero);
        Assert.That(buffer[0], Is.Zero);
        mem.Gets(buffer);
        Assert.That(mem.Gets(buffer), Is.EqualTo(5));
        Assert.That(mem.Gets(buffer), Is.Zero, "an empty BIO gets 0");
        Assert.That(mem.ShouldRetry, Is.False, "and no retry flag, unlike a read");
    }

    [Test]
    public void LargeWritesGrowTheBufferAndArriveIntact()
    {
        var mem = new MemBio();
        var rng = new Random(7);
        var sent = new byte[300_000];
        rng.NextBytes(sent);
        int at = 0;
        var received = new System.Collections.Generic.List<byte>();
        var chunk = new byte[4093];
        while (at < sent.Length)
        {
            int n = Math.Min(rng.Next(1, 20_000), sent.Length - at);
            Assert.That(mem.Write(sent.AsSpan(at, n)), Is.EqualTo(n));
            at += n;
            int r = mem.Read(chunk.AsSpan(0, rng.Next(1, chunk.Length)));
            if (r > 0)
                received.AddRange(chunk.AsSpan(0, r).ToArray());
        }
        int m;
        while ((m = mem.Read(chunk)) > 0)
            received.AddRange(chunk.AsSpan(0, m).ToArray());
        Assert.That(received.ToArray(), Is.EqualTo(sent));
    }

    [Test]
    public void InfoPointsAtTheUnreadBytes()
    {
        var mem = new MemBio();
        nint data = 1;
        Assert.That(mem.Info(ref data), Is.Zero);
        mem.Write(Ascii("abcdef"));
        ReadString(mem, 2);
        Assert.That(mem.Info(ref data), Is.EqualTo(4));
        Assert.That(Marshal.PtrToStringAnsi(data, 4), Is.EqualTo("cdef"));
    }

    [Test]
    public void TypeAndNameAreOpenSsls()
    {
        Assert.That(new MemBio().Type, Is.EqualTo(1 | 0x0400));
        Assert.That(new MemBio().Name, Is.EqualTo("memory buffer"));
    }
}
