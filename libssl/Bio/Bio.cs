using System;
using LibSsl.Common;

namespace LibSsl.Bio;

/// <summary>
/// A byte pipe with OpenSSL's retry flags (BIO_should_retry(3)).  Read and
/// Write return the byte count, 0 for end of file, or -1 for failure; after
/// -1 the flags say whether the caller should retry reading or writing.  A
/// BIO knows nothing of TLS.
/// </summary>
internal abstract class Bio : RefCounted
{
    public const int FlagRead = 0x01;
    public const int FlagWrite = 0x02;
    public const int FlagIoSpecial = 0x04;
    public const int FlagRws = FlagRead | FlagWrite | FlagIoSpecial;
    public const int FlagShouldRetry = 0x08;

    public const int NoClose = 0;
    public const int Close = 1;

    public int Flags { get; set; }

    /// <summary>BIO_TYPE_* of this BIO, as BIO_method_type(3) reports it.</summary>
    public abstract int Type { get; }

    public int Read(Span<byte> buffer)
    {
        ClearRetry();
        return buffer.IsEmpty ? 0 : ReadCore(buffer);
    }

    public int Write(ReadOnlySpan<byte> data)
    {
        ClearRetry();
        return data.IsEmpty ? 0 : WriteCore(data);
    }

    protected abstract int ReadCore(Span<byte> buffer);

    protected abstract int WriteCore(ReadOnlySpan<byte> data);

    public bool ShouldRetry => (Flags & FlagShouldRetry) != 0;
    public bool ShouldRead => (Flags & FlagRead) != 0;
    public bool ShouldWrite => (Flags & FlagWrite) != 0;

    protected void ClearRetry() => Flags &= ~(FlagRws | FlagShouldRetry);
    protected void SetRetryRead() => Flags |= FlagRead | FlagShouldRetry;

    /// <summary>BIO_set_retry_read: the SSL layer signals "call again" without I/O.</summary>
    public void MarkRetryRead() => SetRetryRead();
    protected void SetRetryWrite() => Flags |= FlagWrite | FlagShouldRetry;
}
