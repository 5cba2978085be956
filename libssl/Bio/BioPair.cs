using System;
using LibSsl.Err;

namespace LibSsl.Bio;

/// <summary>
/// One end of a BIO pair (BIO_s_bio(3), BIO_new_bio_pair(3)): what is
/// written to one end is read from the other.  Each end owns the bounded
/// ring buffer it writes into; the peer reads from it.
///
/// A write to a full buffer returns -1 with the retry-write flag; a read
/// from an empty one returns -1 with the retry-read flag and records how
/// many bytes it wanted (BIO_ctrl_get_read_request(3) on the writing end,
/// never more than the buffer holds), or returns 0 once the writer has
/// called BIO_shutdown_wr(3).  An end is not initialised until it is
/// paired; destroying the pair (or freeing either end) unpairs both.
/// </summary>
internal sealed class BioPair : Bio
{
    public const int TypePair = 19 | 0x0400;

    /// <summary>Enough for one TLS record, OpenSSL's default.</summary>
    public const long DefaultSize = 17 * 1024;

    private byte[]? _buffer;
    private long _size = DefaultSize;
    private int _length;
    private int _offset;
    private bool _closed;
    private int _request;

    public BioPair()
    {
        Initialized = false;
    }

    public override int Type => TypePair;

    public override string Name => "BIO pair";

    /// <summary>The other end, or null while unpaired.</summary>
    public BioPair? Peer { get; private set; }

    protected override int ReadCore(Span<byte> buffer)
    {
        BioPair peer = Peer!;
        peer._request = 0;
        if (buffer.IsEmpty)
            return 0;
        if (peer._length == 0)
        {
            if (peer._closed)
                return 0;
            SetRetryRead();
            peer._request = (int)Math.Min(buffer.Length, peer._size);
            return -1;
        }
        int n = Math.Min(buffer.Length, peer._length);
        peer.Take(buffer[..n]);
        return n;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
            return 0;
        _request = 0;
        if (_closed)
        {
            BioReason.Push(BioReason.BrokenPipe, "BIO_write");
            return -1;
        }
        int room = _buffer!.Length - _length;
        if (room == 0)
        {
            SetRetryWrite();
            return -1;
        }
        int n = Math.Min(data.Length, room);
        Put(data[..n]);
        return n;
    }

    /// <summary>Copies <paramref name="data"/> in after what the buffer holds, wrapping around.</summary>
    private void Put(ReadOnlySpan<byte> data)
    {
        byte[] ring = _buffer!;
        int at = (_offset + _length) % ring.Length;
        int first = Math.Min(data.Length, ring.Length - at);
        data[..first].CopyTo(ring.AsSpan(at));
        data[first..].CopyTo(ring);
        _length += data.Length;
    }

    /// <summary>Moves the oldest bytes of the buffer into <paramref name="into"/>.</summary>
    private void Take(Span<byte> into)
    {
        byte[] ring = _buffer!;
        int first = Math.Min(into.Length, ring.Length - _offset);
        ring.AsSpan(_offset, first).CopyTo(into);
        ring.AsSpan(0, into.Length - first).CopyTo(into[first..]);
        _length -= into.Length;
        _offset = _length == 0 ? 0 : (_offset + into.Length) % ring.Length;
    }

    // ----- BIO_s_bio(3) commands -----

    /// <summary>
    /// BIO_set_write_buf_size(3): the size of the buffer this end writes
    /// into; refused (0) while paired or for 0.
    /// </summary>
    public int SetWriteBufferSize(long size, string function)
    {
        if (Peer is not null)
        {
            BioReason.Push(BioReason.InUse, function);
            return 0;
        }
        if (size == 0)
        {
            BioReason.Push(BioReason.InvalidArgument, function);
            return 0;
        }
        if (_size != size)
        {
            _buffer = null;
            _size = size;
        }
        return 1;
    }

    /// <summary>BIO_get_write_buf_size(3).</summary>
    public long WriteBufferSize => _size;

    /// <summary>BIO_make_bio_pair(3): pairs this end with <paramref name="other"/>; 0 if either is paired.</summary>
    public int MakePair(BioPair other, string function)
    {
        if (Peer is not null || other.Peer is not null)
        {
            BioReason.Push(BioReason.InUse, function);
            return 0;
        }
        if (!Allocate(function) || !other.Allocate(function))
            return 0;
        Peer = other;
        other.Peer = this;
        _closed = other._closed = false;
        _request = other._request = 0;
        Initialized = other.Initialized = true;
        return 1;
    }

    private bool Allocate(string function)
    {
        if (_buffer is not null)
            return true;
        if ((ulong)_size > (ulong)Array.MaxLength)
        {
            ErrorQueue.Push(ErrorCode.LibBio, ErrorCode.RMallocFailure, function);
            return false;
        }
        _buffer = new byte[_size];
        _length = _offset = 0;
        return true;
    }

    /// <summary>BIO_destroy_bio_pair(3): unpairs both ends and drops what their buffers held.</summary>
    public long DestroyPair()
    {
        BioPair? peer = Peer;
        if (peer is null)
            return 1;
        peer.Peer = null;
        peer.Initialized = false;
        peer._length = peer._offset = 0;
        Peer = null;
        Initialized = false;
        _length = _offset = 0;
        return 1;
    }

    /// <summary>BIO_ctrl_get_write_guarantee(3): bytes a write now will take whole.</summary>
    public long WriteGuarantee => Peer is null || _closed ? 0 : _buffer!.Length - _length;

    /// <summary>BIO_ctrl_get_read_request(3): what the peer's last failed read wanted.</summary>
    public long ReadRequest => _request;

    /// <summary>BIO_ctrl_reset_read_request(3).</summary>
    public long ResetReadRequest()
    {
        _request = 0;
        return 1;
    }

    /// <summary>BIO_shutdown_wr(3): no more writes; the peer reads end of file once the buffer is empty.</summary>
    public long ShutdownWrite()
    {
        _closed = true;
        return 1;
    }

    public override long Reset()
    {
        if (_buffer is not null)
            _length = _offset = 0;
        return 0;
    }

    public override long Pending() => Peer?._length ?? 0;

    public override long WritePending() => _buffer is null ? 0 : _length;

    public override long Eof() => Peer is null || (Peer._length == 0 && Peer._closed) ? 1 : 0;

    protected override void OnLastRelease() => DestroyPair();
}
