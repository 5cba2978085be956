using System;
using LibSsl.Posix;
using Syscall = Mono.Unix.Native.Syscall;

namespace LibSsl.Bio;

/// <summary>
/// What BIO_s_fd(3) and BIO_s_socket(3) share: a descriptor, its close flag,
/// and the mapping of errno to retry flags.  EAGAIN, EWOULDBLOCK, EINTR and
/// EINPROGRESS ask for a retry; any other error is kept as errno for
/// SSL_ERROR_SYSCALL.  This is the only code that touches the descriptor.
/// </summary>
internal abstract class DescriptorBio : Bio
{
    protected DescriptorBio(int fd, int closeFlag)
    {
        Fd = fd;
        CloseFlag = closeFlag;
    }

    public int Fd { get; set; }

    public int CloseFlag { get; set; }

    protected abstract long SysRead(int fd, Span<byte> buffer);

    protected abstract long SysWrite(int fd, ReadOnlySpan<byte> data);

    protected override int ReadCore(Span<byte> buffer)
    {
        long n = SysRead(Fd, buffer);
        if (n >= 0)
            return (int)n;
        Fail(retry: SetRetryRead);
        return -1;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data)
    {
        long n = SysWrite(Fd, data);
        if (n >= 0)
            return (int)n;
        Fail(retry: SetRetryWrite);
        return -1;
    }

    private static void Fail(Action retry)
    {
        int errno = Errno.Last();
        Errno.Keep(errno);
        if (Errno.IsRetry(errno))
            retry();
    }

    protected override void OnLastRelease()
    {
        if (CloseFlag == Close && Fd >= 0)
            Syscall.close(Fd);
    }
}
