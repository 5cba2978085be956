using System;
using System.Runtime.InteropServices;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

// SSL_shutdown(3) and SSL_set_quiet_shutdown(3): the shutdown state.
internal static unsafe partial class SslExports
{
    /// <summary>SSL_set_shutdown(3): sets the state bits as given (SSL_free then skips nothing).</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_set_shutdown")]
    public static void SSL_set_shutdown(nint ssl, int mode)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_shutdown");
            if (s is not null)
                s.ShutdownState = mode & (Ssl.Ssl.SentShutdown | Ssl.Ssl.ReceivedShutdown);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_shutdown", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_quiet_shutdown")]
    public static void SSL_set_quiet_shutdown(nint ssl, int mode)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_quiet_shutdown");
            if (s is not null)
                s.QuietShutdown = mode != 0;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_quiet_shutdown", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_quiet_shutdown")]
    public static int SSL_get_quiet_shutdown(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_get_quiet_shutdown");
            return s is not null && s.QuietShutdown ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_quiet_shutdown", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_quiet_shutdown")]
    public static void SSL_CTX_set_quiet_shutdown(nint ctx, int mode)
    {
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, "SSL_CTX_set_quiet_shutdown");
            if (c is not null)
                c.QuietShutdown = mode != 0;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_CTX_set_quiet_shutdown", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_quiet_shutdown")]
    public static int SSL_CTX_get_quiet_shutdown(nint ctx)
    {
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, "SSL_CTX_get_quiet_shutdown");
            return c is not null && c.QuietShutdown ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_get_quiet_shutdown", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
