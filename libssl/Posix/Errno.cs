using System.Runtime.InteropServices;
using Mono.Unix.Native;

namespace LibSsl.Posix;

/// <summary>
/// errno as the C caller sees it.  SSL_ERROR_SYSCALL promises that errno
/// still holds what the failing system call set; managed code running between
/// that call and our return could disturb it, so the BIO layer records the
/// value here and the export writes it back just before returning to C.
/// </summary>
internal static class Errno
{
    // Mono.Posix's helper keeps its errno setter private to the Stdlib class;
    // the entry point itself is part of libMonoPosixHelper, which we link.
    [DllImport("MonoPosixHelper", EntryPoint = "Mono_Posix_Stdlib_SetLastError")]
    private static extern void SetNative(int error);

    [System.ThreadStatic]
    private static int t_pending;

    [System.ThreadStatic]
    private static bool t_hasPending;

    /// <summary>The errno of the last failed call, in the platform's numbering.</summary>
    public static int Last() => NativeConvert.FromErrno(Stdlib.GetLastError());

    /// <summary>Remember errno to hand back to the caller (0 for end of file).</summary>
    public static void Keep(int value)
    {
        t_pending = value;
        t_hasPending = true;
    }

    /// <summary>
    /// Writes a kept errno into the thread's errno, once.  Called from the
    /// exports' finally blocks, so it never throws.
    /// </summary>
    public static void Apply()
    {
        try
        {
            if (!t_hasPending)
                return;
            t_hasPending = false;
            SetNative(t_pending);
        }
        catch
        {
            // errno stays as it is; nothing may escape to C.
        }
    }

    /// <summary>
    /// OpenSSL's BIO_sock_non_fatal_error(3) (BIO_fd_non_fatal_error is the
    /// same list): the errors after which a descriptor BIO asks for a retry.
    /// </summary>
    public static bool IsRetry(int errno) =>
        errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.EAGAIN)
        || errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.EWOULDBLOCK)
        || errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.EINTR)
        || errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.EINPROGRESS)
        || errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.EALREADY)
        || errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.ENOTCONN)
        || errno == NativeConvert.FromErrno(Mono.Unix.Native.Errno.EPROTO);

    public static string Describe(int errno)
    {
        try
        {
            return Stdlib.strerror(NativeConvert.ToErrno(errno));
        }
        catch (System.ArgumentOutOfRangeException)
        {
            return $"errno {errno}";
        }
    }
}
