using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Tls;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>Methods and contexts: SSL_CTX_new(3), SSL_CTX_set_min_proto_version(3), SSL_CTX_set_options(3), SSL_CTX_set_cipher_list(3).</summary>
internal static unsafe class SslCtxExports
{
    private static nint Method(SslMethod method) => Handles.Register(method, HandleKind.SslMethod);

    [UnmanagedCallersOnly(EntryPoint = "TLS_method")]
    public static nint TLS_method()
    {
        ForkGate.Enter();
        try
        {
            return Method(SslMethod.Tls);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "TLS_method", ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSLv23_method")]
    public static nint SSLv23_method()
    {
        ForkGate.Enter();
        try
        {
            return Method(SslMethod.Tls);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSLv23_method", ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "TLS_client_method")]
    public static nint TLS_client_method()
    {
        ForkGate.Enter();
        try
        {
            return Method(SslMethod.TlsClient);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "TLS_client_method", ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSLv23_client_method")]
    public static nint SSLv23_client_method()
    {
        ForkGate.Enter();
        try
        {
            return Method(SslMethod.TlsClient);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSLv23_client_method", ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "TLS_server_method")]
    public static nint TLS_server_method()
    {
        ForkGate.Enter();
        try
        {
            return Method(SslMethod.TlsServer);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "TLS_server_method", ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSLv23_server_method")]
    public static nint SSLv23_server_method()
    {
        ForkGate.Enter();
        try
        {
            return Method(SslMethod.TlsServer);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSLv23_server_method", ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_new")]
    public static nint SSL_CTX_new(nint method)
    {
        const string Fn = "SSL_CTX_new";
        ForkGate.Enter();
        try
        {
            if (method == 0)
            {
                ErrorQueue.PushSsl(SslReason.NullSslMethodPassed, Fn);
                return 0;
            }
            SslMethod? m = Boundary.Resolve<SslMethod>(method, HandleKind.SslMethod, Fn);
            if (m is null)
                return 0;
            return Handles.Register(new SslContext(m), HandleKind.SslContext);
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

    /// <summary>Drops one reference; the context goes when the last SSL made from it is freed too.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_free")]
    public static void SSL_CTX_free(nint ctx)
    {
        const string Fn = "SSL_CTX_free";
        ForkGate.Enter();
        try
        {
            if (ctx == 0)
                return;
            Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.Release();
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_up_ref")]
    public static int SSL_CTX_up_ref(nint ctx)
    {
        const string Fn = "SSL_CTX_up_ref";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            c.UpRef();
            return 1;
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_min_proto_version")]
    public static int SSL_CTX_set_min_proto_version(nint ctx, int version)
    {
        const string Fn = "SSL_CTX_set_min_proto_version";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is not null && Ctrl.SetVersionBound(v => c.MinVersion = v, version) ? 1 : 0;
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_max_proto_version")]
    public static int SSL_CTX_set_max_proto_version(nint ctx, int version)
    {
        const string Fn = "SSL_CTX_set_max_proto_version";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is not null && Ctrl.SetVersionBound(v => c.MaxVersion = v, version) ? 1 : 0;
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_min_proto_version")]
    public static int SSL_CTX_get_min_proto_version(nint ctx)
    {
        const string Fn = "SSL_CTX_get_min_proto_version";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.MinVersion ?? 0;
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_max_proto_version")]
    public static int SSL_CTX_get_max_proto_version(nint ctx)
    {
        const string Fn = "SSL_CTX_get_max_proto_version";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.MaxVersion ?? 0;
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_options")]
    public static ulong SSL_CTX_set_options(nint ctx, ulong options)
    {
        const string Fn = "SSL_CTX_set_options";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            return c.Options |= options;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_clear_options")]
    public static ulong SSL_CTX_clear_options(nint ctx, ulong options)
    {
        const string Fn = "SSL_CTX_clear_options";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            return c.Options &= ~options;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_options")]
    public static ulong SSL_CTX_get_options(nint ctx)
    {
        const string Fn = "SSL_CTX_get_options";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.Options ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_cipher_list")]
    public static int SSL_CTX_set_cipher_list(nint ctx, byte* text)
    {
        const string Fn = "SSL_CTX_set_cipher_list";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            return Ctrl.SetCipherList(c, text, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_ciphersuites")]
    public static int SSL_CTX_set_ciphersuites(nint ctx, byte* text)
    {
        const string Fn = "SSL_CTX_set_ciphersuites";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            return Ctrl.SetCiphersuites(c, text, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_ctrl")]
    public static nint SSL_CTX_ctrl(nint ctx, int cmd, nint larg, nint parg)
    {
        const string Fn = "SSL_CTX_ctrl";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is null ? 0 : Ctrl.Context(c, cmd, larg, parg);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_callback_ctrl")]
    public static nint SSL_CTX_callback_ctrl(nint ctx, int cmd, nint callback)
    {
        const string Fn = "SSL_CTX_callback_ctrl";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is null ? 0 : Ctrl.ContextCallback(c, cmd, callback);
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
}
