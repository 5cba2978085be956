using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// A context's sessions: SSL_CTX_set_session_id_context(3),
/// SSL_CTX_sess_set_new_cb(3), SSL_CTX_set_timeout(3),
/// SSL_CTX_flush_sessions(3).  The cache mode, size and counters are
/// SSL_CTX_ctrl(3) commands (see Ctrl.cs), as OpenSSL's header has them.
/// </summary>
internal static unsafe class SslCtxSessionExports
{
    private const int Lib = ErrorCode.LibSsl;

    private static SslContext? GetCtx(nint ctx, string function) =>
        Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, function);

    /// <summary>Copies an id context of at most 32 bytes; null (with the reason queued) if longer.</summary>
    private static byte[]? IdContext(byte* sidCtx, uint length, string function)
    {
        if (length > SslSession.MaxIdContextLength)
        {
            ErrorQueue.PushSsl(SslReason.SslSessionIdContextTooLong, function);
            return null;
        }
        if (length > 0 && sidCtx == null)
        {
            Boundary.NullArgument(function);
            return null;
        }
        return new ReadOnlySpan<byte>(sidCtx, (int)length).ToArray();
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_session_id_context")]
    public static int SSL_CTX_set_session_id_context(nint ctx, byte* sidCtx, uint length)
    {
        const string Fn = "SSL_CTX_set_session_id_context";
        ForkGate.Enter();
        try
        {
            SslContext? c = GetCtx(ctx, Fn);
            byte[]? id = c is null ? null : IdContext(sidCtx, length, Fn);
            if (id is null)
                return 0;
            c!.SessionIdContext = id;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_session_id_context")]
    public static int SSL_set_session_id_context(nint ssl, byte* sidCtx, uint length)
    {
        const string Fn = "SSL_set_session_id_context";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            byte[]? id = s is null ? null : IdContext(sidCtx, length, Fn);
            if (id is null)
                return 0;
            s!.SessionIdContext = id;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// int new_session_cb(SSL *, SSL_SESSION *): the callback is given a
    /// reference; returning 1 says it kept it, 0 that it did not.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_sess_set_new_cb")]
    public static void SSL_CTX_sess_set_new_cb(nint ctx, nint callback)
    {
        const string Fn = "SSL_CTX_sess_set_new_cb";
        ForkGate.Enter();
        try
        {
            SslContext? c = GetCtx(ctx, Fn);
            if (c is null)
                return;
            c.NewSessionFunction = callback;
            if (callback == 0)
            {
                c.NewSession = null;
                return;
            }
            var fp = (delegate* unmanaged<nint, nint, int>)callback;
            c.NewSession = (ssl, session) =>
            {
                nint pointer = SslSessionExports.Pointer(session);
                ForkGate.Release();
                try
                {
                    return fp(ssl.Handle, pointer) != 0;
                }
                finally
                {
                    ForkGate.Reacquire();
                }
            };
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_sess_get_new_cb")]
    public static nint SSL_CTX_sess_get_new_cb(nint ctx)
    {
        const string Fn = "SSL_CTX_sess_get_new_cb";
        ForkGate.Enter();
        try
        {
            return GetCtx(ctx, Fn)?.NewSessionFunction ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>void remove_session_cb(SSL_CTX *, SSL_SESSION *): told as the cache drops a session.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_sess_set_remove_cb")]
    public static void SSL_CTX_sess_set_remove_cb(nint ctx, nint callback)
    {
        const string Fn = "SSL_CTX_sess_set_remove_cb";
        ForkGate.Enter();
        try
        {
            SslContext? c = GetCtx(ctx, Fn);
            if (c is null)
                return;
            c.RemoveSessionFunction = callback;
            if (callback == 0)
            {
                c.Sessions.Removed = null;
                return;
            }
            var fp = (delegate* unmanaged<nint, nint, void>)callback;
            c.Sessions.Removed = session =>
            {
                nint pointer = SslSessionExports.Pointer(session);
                ForkGate.Release();
                try
                {
                    fp(c.Handle, pointer);
                }
                finally
                {
                    ForkGate.Reacquire();
                }
            };
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_sess_get_remove_cb")]
    public static nint SSL_CTX_sess_get_remove_cb(nint ctx)
    {
        const string Fn = "SSL_CTX_sess_get_remove_cb";
        ForkGate.Enter();
        try
        {
            return GetCtx(ctx, Fn)?.RemoveSessionFunction ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>SSL_CTX_set_timeout(3): returns the previous timeout.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_timeout")]
    public static nint SSL_CTX_set_timeout(nint ctx, nint timeout)
    {
        const string Fn = "SSL_CTX_set_timeout";
        ForkGate.Enter();
        try
        {
            SslContext? c = GetCtx(ctx, Fn);
            if (c is null)
                return 0;
            long old = c.SessionTimeout;
            c.SessionTimeout = timeout;
            return (nint)old;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_timeout")]
    public static nint SSL_CTX_get_timeout(nint ctx)
    {
        const string Fn = "SSL_CTX_get_timeout";
        ForkGate.Enter();
        try
        {
            return (nint)(GetCtx(ctx, Fn)?.SessionTimeout ?? 0);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_flush_sessions")]
    public static void SSL_CTX_flush_sessions(nint ctx, nint time)
    {
        const string Fn = "SSL_CTX_flush_sessions";
        ForkGate.Enter();
        try
        {
            GetCtx(ctx, Fn)?.Sessions.Flush(time);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
