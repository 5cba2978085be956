using System;
using System.Runtime.InteropServices;
using LibSsl.Posix;
using LibSsl.Runtime;
using Syscall = Mono.Unix.Native.Syscall;

namespace LibSsl.Bio;

/// <summary>
/// What BIO_s_fd(3) and BIO_s_socket(3) share: a descriptor, its close flag,
/// and the mapping of errno to retry flags.  EAGAIN, EWOULDBLOCK, EINTR,
/// EINPROGRESS, EALREADY, ENOTCONN and EPROTO ask for a retry, as in
/// OpenSSL's BIO_sock_non_fatal_error; any other error is kept as errno for
/// SSL_ERROR_SYSCALL.  A read of 0 bytes is end of file (BIO_eof(3) then
/// says 1).  This is the only code that touches the descriptor.
/// </summary>
internal abstract class DescriptorBio : Bio
{
    /// <summary>A BIO wrapping <paramref name="fd"/>, as BIO_new_fd(3) and BIO_new_socket(3) make.</summary>
    protected DescriptorBio(int fd, int closeFlag)
    {
        Fd = fd;
        Shutdown = closeFlag;
    }

    /// <summary>A BIO with no descriptor yet, as BIO_new(BIO_s_fd()) makes: not initialised until <see cref="SetFd"/>.</summary>
    protected DescriptorBio()
    {
        Fd = -1;
        Initialized = false;
    }

    public int Fd { get; private set; }

    /// <summary>The close flag (BIO_CLOSE or BIO_NOCLOSE); the same word as <see cref="Bio.Shutdown"/>.</summary>
    public int CloseFlag
    {
        get => Shutdown;
        set => Shutdown = value;
    }

    /// <summary>
    /// BIO_set_fd(3): wraps <paramref name="fd"/> from now on.  A descriptor
    /// held before is closed if the close flag says so.
    /// </summary>
    public void SetFd(int fd, int closeFlag)
    {
        if (Shutdown != NoClose)
        {
            if (Initialized)
                Syscall.close(Fd);
            Flags = 0;
        }
        Fd = fd;
        Shutdown = closeFlag;
        Initialized = true;
    }

    /// <summary>BIO_get_fd(3): the descriptor, or -1 when none is set.</summary>
    public int GetFd() => Initialized ? Fd : -1;

    protected abstract long SysRead(int fd, Span<byte> buffer);

    protected abstract long SysWrite(int fd, ReadOnlySpan<byte> data);

    protected override int ReadCore(Span<byte> buffer)
    {
        long n;
        int errno;
        // A read may block for as long as the peer likes: outside the fork
        // gate, so that another thread's fork(2) does not wait for it.
        ForkGate.Release();
        try
        {
            n = SysRead(Fd, buffer);
            errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        finally
        {
            ForkGate.Reacquire();
        }
        if (n > 0)
            return (int)n;
        if (n == 0)
        {
            Flags |= FlagInEof;
            return 0;
        }
        Fail(errno, retry: SetRetryRead);
        return -1;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data)
    {
        long n;
        int errno;
        ForkGate.Release();
        try
        {
            n = SysWrite(Fd, data);
            errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
        }
        finally
        {
            ForkGate.Reacquire();
        }
        if (n >= 0)
            return (int)n;
        Fail(errno, retry: SetRetryWrite);
        return -1;
    }

    /// <summary>
    /// Records the call's errno (taken straight after it: Mono.Posix's
    /// calls set the saved P/Invoke error, and nothing may run in between
    /// that could change it) and flags a retry for EAGAIN and its kin.
    /// </summary>
    private static void Fail(int errno, Action retry)
    {
        Errno.Keep(errno);
        if (Errno.IsRetry(errno))
            retry();
    }

    public override long Eof() => (Flags & FlagInEof) != 0 ? 1 : 0;

    protected override void OnLastRelease()
    {
        if (Shutdown != NoClose && Initialized && Fd >= 0)
            Syscall.close(Fd);
    }
}
