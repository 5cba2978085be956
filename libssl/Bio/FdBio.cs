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

    public override int Type => TypeFd;

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
}
