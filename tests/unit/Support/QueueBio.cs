using System;
using BioBase = LibSsl.Bio.Bio;

namespace LibSsl.Tests.Support;

/// <summary>
/// One direction of an in-memory transport: what is written can be read
/// back in order.  An empty queue answers a read with -1 and the retry-read
/// flag, as a non-blocking socket would; after <see cref="Eof"/> is set an
/// empty queue reads as end of file (0, no retry flag).  Writes can be
/// throttled or refused with the retry-write flag to exercise WANT_WRITE.
/// </summary>
internal sealed class QueueBio : BioBase
{
    private byte[] _data = new byte[4096];
    private int _start;
    private int _end;

    /// <summary>BIO_TYPE_MEM.</summary>
    public override int Type => 1 | 0x0400;

    /// <summary>Once set, an empty queue reads as end of file instead of "retry".</summary>
    public bool Eof { get; set; }

    /// <summary>When true, every write fails with the retry-write flag.</summary>
    public bool WriteBlocked { get; set; }

    /// <summary>
    /// Bytes the transport still accepts before it is "full" and asks for a
    /// write retry (a socket buffer filling up); null for no limit.
    /// </summary>
    public int? WriteBudget { get; set; }

    public int Available => _end - _start;

    public void Enqueue(ReadOnlySpan<byte> bytes)
    {
        if (_end + bytes.Length > _data.Length)
        {
            int live = _end - _start;
            byte[] bigger = _data.Length - live >= bytes.Length
                ? _data
                : new byte[Math.Max(_data.Length * 2, live + bytes.Length)];
            Array.Copy(_data, _start, bigger, 0, live);
            _data = bigger;
            _start = 0;
            _end = live;
        }
        bytes.CopyTo(_data.AsSpan(_end));
        _end += bytes.Length;
    }

    /// <summary>Takes everything queued (the test's side of the transport).</summary>
    public byte[] DrainAll()
    {
        byte[] all = _data.AsSpan(_start, _end - _start).ToArray();
        _start = _end = 0;
        return all;
    }

    public byte[] Peek() => _data.AsSpan(_start, _end - _start).ToArray();

    protected override int ReadCore(Span<byte> buffer)
    {
        if (_start == _end)
        {
            if (Eof)
                return 0;
            SetRetryRead();
            return -1;
        }
        int n = Math.Min(buffer.Length, _end - _start);
        _data.AsSpan(_start, n).CopyTo(buffer);
        _start += n;
        return n;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data)
    {
        if (WriteBlocked)
        {
            SetRetryWrite();
            return -1;
        }
        int n = data.Length;
        if (WriteBudget is int budget)
        {
            if (budget == 0)
            {
                SetRetryWrite();
                return -1;
            }
            n = Math.Min(n, budget);
            WriteBudget = budget - n;
        }
        Enqueue(data[..n]);
        return n;
    }
}
