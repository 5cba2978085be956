using System;
using Mono.Unix.Native;

namespace LibSsl.Bio;

/// <summary>BIO_s_fd(3): read(2) and write(2) on any descriptor.</summary>
internal sealed class FdBio : DescriptorBio
{
    public const int TypeFd = 4 | 0x0400 | 0x0100;

    public FdBio(int fd, int closeFlag) : base(fd, closeFlag)
    {
    }

    /// <summary>BIO_new(BIO_s_fd()): no descriptor until BIO_set_fd.</summary>
    public FdBio()
    {
    }

    public override int Type => TypeFd;

    public override string Name => "file descriptor";

    public override bool CanGets => true;

    protected override unsafe long SysRead(int fd, Span<byte> buffer)
    {
        fixed (byte* p = buffer)
            return Syscall.read(fd, p, (ulong)buffer.Length);
    }

    protected override unsafe long SysWrite(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
            return Syscall.write(fd, p, (ulong)data.Length);
    }

    /// <summary>
    /// BIO_gets(3) on a descriptor: one byte at a time up to and including
    /// a newline, NUL-terminated; the result is the string's length.
    /// </summary>
    protected override int GetsCore(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
            return 0;
        int n = 0;
        while (n < buffer.Length - 1 && ReadCore(buffer.Slice(n, 1)) > 0)
        {
            if (buffer[n++] == (byte)'\n')
                break;
        }
        buffer[n] = 0;
        int length = buffer[..n].IndexOf((byte)0);
        return length < 0 ? n : length;
    }

    /// <summary>BIO_reset(3) rewinds the file: lseek(fd, 0, SEEK_SET).</summary>
    public override long Reset() => Seek(0);

    public override long Seek(long offset) => Syscall.lseek(Fd, offset, SeekFlags.SEEK_SET);

    public override long Tell() => Syscall.lseek(Fd, 0, SeekFlags.SEEK_CUR);

    /// <summary>BIO_CTRL_INFO on a descriptor is its file offset.</summary>
    public override long Info(ref nint data) => Tell();
}
