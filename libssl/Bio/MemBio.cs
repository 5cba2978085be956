using System;
using System.Runtime.InteropServices;
using LibSsl.Err;

namespace LibSsl.Bio;

/// <summary>
/// BIO_s_mem(3): a growable memory buffer; what is written is read back in
/// order.  BIO_new_mem_buf(3) makes a read-only one over the caller's own
/// bytes, which are never copied and must outlive the BIO.
///
/// The bytes live in native memory so BIO_get_mem_data(3) can hand C a
/// pointer to them.  As in OpenSSL, reading advances a read position and a
/// write first moves the unread bytes to the front; a reset empties a
/// writable buffer (or, with BIO_FLAGS_NONCLEAR_RST, rewinds to the start
/// of what it holds) and rewinds a read-only one.
///
/// When empty, a read returns the "eof return" (BIO_set_mem_eof_return(3)):
/// -1 with the retry-read flag by default, so a memory BIO behaves like a
/// non-blocking socket with nothing yet to read; 0 means end of file.  A
/// read-only buffer starts with 0: static data will not grow.
/// </summary>
internal sealed unsafe class MemBio : Bio
{
    public const int TypeMem = 1 | 0x0400;

    private byte* _data;
    private int _capacity;
    private int _length;
    private int _offset;
    private readonly bool _borrowed;

    public MemBio()
    {
        EofReturn = -1;
    }

    private MemBio(byte* data, int length)
    {
        _data = data;
        _length = length;
        _capacity = length;
        _borrowed = true;
        Flags |= FlagMemReadOnly;
        EofReturn = 0;
    }

    /// <summary>BIO_new_mem_buf(3): a read-only BIO over <paramref name="length"/> bytes at <paramref name="data"/>.</summary>
    public static MemBio ReadOnly(byte* data, int length) => new(data, length);

    public override int Type => TypeMem;

    public override string Name => "memory buffer";

    public override bool CanGets => true;

    protected override bool ManagesRetryFlags => true;

    /// <summary>What a read of an empty buffer returns; not 0 also sets the retry-read flag.</summary>
    public int EofReturn { get; set; }

    public bool IsReadOnly => _borrowed;

    /// <summary>Bytes not yet read.</summary>
    public int Length => _length - _offset;

    /// <summary>The unread bytes, valid until the next write or reset.</summary>
    public ReadOnlySpan<byte> Contents => new(_data + _offset, Length);

    protected override int ReadCore(Span<byte> buffer)
    {
        ClearRetry();
        int n = Math.Min(buffer.Length, Length);
        if (n > 0)
        {
            new ReadOnlySpan<byte>(_data + _offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }
        if (Length > 0)
            return 0;
        if (EofReturn != 0)
            SetRetryRead();
        return EofReturn;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data)
    {
        if (_borrowed)
        {
            BioReason.Push(BioReason.WriteToReadOnlyBio, "BIO_write");
            return -1;
        }
        ClearRetry();
        if (data.IsEmpty)
            return 0;
        Compact();
        if ((long)_length + data.Length > Array.MaxLength)
        {
            ErrorQueue.Push(ErrorCode.LibBio, ErrorCode.RMallocFailure, "BIO_write");
            return -1;
        }
        Reserve(_length + data.Length);
        data.CopyTo(new Span<byte>(_data + _length, data.Length));
        _length += data.Length;
        return data.Length;
    }

    /// <summary>
    /// BIO_gets(3): up to and including the first newline, at most one byte
    /// less than the buffer, NUL-terminated.  An empty BIO gives 0 (and no
    /// retry flag), unlike a read.
    /// </summary>
    protected override int GetsCore(Span<byte> buffer)
    {
        ClearRetry();
        int j = Math.Min(Length, buffer.Length - 1);
        if (j <= 0)
        {
            if (!buffer.IsEmpty)
                buffer[0] = 0;
            return 0;
        }
        int newline = new ReadOnlySpan<byte>(_data + _offset, j).IndexOf((byte)'\n');
        int take = newline < 0 ? j : newline + 1;
        int n = ReadCore(buffer[..take]);
        if (n > 0)
            buffer[n] = 0;
        return n;
    }

    /// <summary>Drops the bytes already read, so the buffer starts with the unread ones.</summary>
    private void Compact()
    {
        if (_offset == 0)
            return;
        int live = _length - _offset;
        Buffer.MemoryCopy(_data + _offset, _data, _capacity, live);
        _length = live;
        _offset = 0;
    }

    private void Reserve(int size)
    {
        if (size <= _capacity)
            return;
        int grown = (int)Math.Min(Array.MaxLength, Math.Max(size, (long)_capacity * 2));
        grown = Math.Max(grown, 64);
        _data = (byte*)NativeMemory.Realloc(_data, (nuint)grown);
        _capacity = grown;
    }

    public override long Reset()
    {
        if (_data == null)
            return 1;
        if (!_borrowed && (Flags & FlagNonClearReset) == 0)
        {
            NativeMemory.Clear(_data, (nuint)_capacity);
            _length = 0;
        }
        _offset = 0;
        return 1;
    }

    public override long Eof() => Length == 0 ? 1 : 0;

    public override long Pending() => Length;

    public override long WritePending() => 0;

    public override long Info(ref nint data)
    {
        data = (nint)(_data + _offset);
        return Length;
    }

    /// <summary>BIO_seek(3): moves the read position within what the buffer holds.</summary>
    public override long Seek(long offset)
    {
        if (offset < 0 || offset > _length)
            return -1;
        _offset = (int)offset;
        return offset;
    }

    public override long Tell() => _offset;

    /// <summary>
    /// Frees the bytes unless the close flag was cleared: with BIO_NOCLOSE a
    /// pointer from BIO_get_mem_data stays valid after BIO_free, as in
    /// OpenSSL, where the buffer is then the caller's to leak.
    /// </summary>
    protected override void OnLastRelease()
    {
        if (!_borrowed && Shutdown != NoClose && _data != null)
            NativeMemory.Free(_data);
        _data = null;
        _length = _offset = _capacity = 0;
    }
}
