using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Application data on connections and contexts: SSL_get_ex_new_index(3),
/// SSL_set_ex_data, SSL_get_ex_data and the SSL_CTX_ forms.
/// </summary>
internal static unsafe partial class SslExports
{
    /// <summary>A negative index is refused, as CRYPTO_set_ex_data does: 0 and ERR_R_PASSED_INVALID_ARGUMENT.</summary>
    private static int SetExData(Common.RefCounted? owner, int idx, nint data, string function)
    {
        if (owner is null)
            return 0;
        if (idx < 0)
        {
            ErrorQueue.Push(ErrorCode.LibCrypto, ErrorCode.RPassedInvalidArgument, function);
            return 0;
        }
        ExData.Set(owner, idx, data);
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_ex_new_index")]
    public static int SSL_get_ex_new_index(nint argl, nint argp, nint newFunc, nint dupFunc, nint freeFunc)
    {
        const string Fn = "SSL_get_ex_new_index";
        ForkGate.Enter();
        try
        {
            return ExData.NewIndex(ExData.Class.Ssl, argl, argp, newFunc, dupFunc, freeFunc);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_ex_new_index")]
    public static int SSL_CTX_get_ex_new_index(nint argl, nint argp, nint newFunc, nint dupFunc, nint freeFunc)
    {
        const string Fn = "SSL_CTX_get_ex_new_index";
        ForkGate.Enter();
        try
        {
            return ExData.NewIndex(ExData.Class.SslContext, argl, argp, newFunc, dupFunc, freeFunc);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_ex_data")]
    public static int SSL_set_ex_data(nint ssl, int idx, nint data)
    {
        const string Fn = "SSL_set_ex_data";
        ForkGate.Enter();
        try
        {
            return SetExData(Get(ssl, Fn), idx, data, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_ex_data")]
    public static nint SSL_get_ex_data(nint ssl, int idx)
    {
        const string Fn = "SSL_get_ex_data";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? 0 : ExData.Get(s, idx);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_ex_data")]
    public static int SSL_CTX_set_ex_data(nint ctx, int idx, nint data)
    {
        const string Fn = "SSL_CTX_set_ex_data";
        ForkGate.Enter();
        try
        {
            return SetExData(Boundary.Resolve<Ssl.SslContext>(ctx, HandleKind.SslContext, Fn), idx, data, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_ex_data")]
    public static nint SSL_CTX_get_ex_data(nint ctx, int idx)
    {
        const string Fn = "SSL_CTX_get_ex_data";
        ForkGate.Enter();
        try
        {
            Ssl.SslContext? c = Boundary.Resolve<Ssl.SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is null ? 0 : ExData.Get(c, idx);
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
}
