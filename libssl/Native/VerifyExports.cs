using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Verification modes, callbacks, depth and results: SSL_CTX_set_verify(3),
/// SSL_get_verify_result(3), X509_verify_cert_error_string(3).
/// </summary>
internal static unsafe class VerifyExports
{
    /// <summary>
    /// The C callback as the managed verifier calls it: the X509_STORE_CTX
    /// gets its pointer on first use (it is retired when the verification
    /// ends), and the callback's int answer is passed back unchanged.
    /// </summary>
    public static VerifyCallback? Wrap(nint callback)
    {
        if (callback == 0)
            return null;
        var fp = (delegate* unmanaged<int, nint, int>)callback;
        return (ok, context) =>
        {
            nint handle = Handles.Register(context, HandleKind.X509StoreCtx);
            ForkGate.Release();
            try
            {
                return fp(ok, handle);
            }
            finally
            {
                ForkGate.Reacquire();
            }
        };
    }

    private static void SetVerify(IConnectionSettings s, int mode, nint callback)
    {
        s.VerifyMode = mode;
        s.VerifyCallback = Wrap(callback);
        s.VerifyCallbackPointer = callback;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_verify")]
    public static void SSL_CTX_set_verify(nint ctx, int mode, nint callback)
    {
        const string Fn = "SSL_CTX_set_verify";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is not null)
                SetVerify(c, mode, callback);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_verify")]
    public static void SSL_set_verify(nint ssl, int mode, nint callback)
    {
        const string Fn = "SSL_set_verify";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            if (s is null)
                return;
            // As OpenSSL: a NULL callback keeps the connection's callback.
            if (callback == 0)
                s.VerifyMode = mode;
            else
                SetVerify(s, mode, callback);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_verify_mode")]
    public static int SSL_CTX_get_verify_mode(nint ctx)
    {
        const string Fn = "SSL_CTX_get_verify_mode";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.VerifyMode ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_verify_mode")]
    public static int SSL_get_verify_mode(nint ssl)
    {
        const string Fn = "SSL_get_verify_mode";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn)?.VerifyMode ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_verify_callback")]
    public static nint SSL_CTX_get_verify_callback(nint ctx)
    {
        const string Fn = "SSL_CTX_get_verify_callback";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.VerifyCallbackPointer ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_verify_callback")]
    public static nint SSL_get_verify_callback(nint ssl)
    {
        const string Fn = "SSL_get_verify_callback";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn)?.VerifyCallbackPointer ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_verify_depth")]
    public static void SSL_CTX_set_verify_depth(nint ctx, int depth)
    {
        const string Fn = "SSL_CTX_set_verify_depth";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is not null)
                c.Param.Depth = depth;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_verify_depth")]
    public static void SSL_set_verify_depth(nint ssl, int depth)
    {
        const string Fn = "SSL_set_verify_depth";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            if (s is not null)
                s.Param.Depth = depth;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_verify_depth")]
    public static int SSL_CTX_get_verify_depth(nint ctx)
    {
        const string Fn = "SSL_CTX_get_verify_depth";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.Param.Depth ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_verify_depth")]
    public static int SSL_get_verify_depth(nint ssl)
    {
        const string Fn = "SSL_get_verify_depth";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn)?.Param.Depth ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_verify_result")]
    public static nint SSL_get_verify_result(nint ssl)
    {
        const string Fn = "SSL_get_verify_result";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            // A bad handle is not "ok": report the unspecified error.
            return s is null ? 1 : (nint)s.VerifyResult;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, (nint)1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_verify_result")]
    public static void SSL_set_verify_result(nint ssl, nint result)
    {
        const string Fn = "SSL_set_verify_result";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            if (s is not null)
                s.VerifyResult = result;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_verify_cert_error_string")]
    public static nint X509_verify_cert_error_string(nint n)
    {
        const string Fn = "X509_verify_cert_error_string";
        ForkGate.Enter();
        try
        {
            return (nint)NativeStrings.Constant(VerifyError.Text(n));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibX509, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_ex_data_X509_STORE_CTX_idx")]
    public static int SSL_get_ex_data_X509_STORE_CTX_idx()
    {
        ForkGate.Enter();
        try
        {
            return Ssl.Ssl.StoreContextSslIndex;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_ex_data_X509_STORE_CTX_idx", ErrorCode.LibSsl, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
