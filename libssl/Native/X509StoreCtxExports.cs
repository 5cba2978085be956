using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// What a verify callback may ask of the X509_STORE_CTX it is given:
/// X509_STORE_CTX_get_error(3) and its family.
/// </summary>
internal static unsafe class X509StoreCtxExports
{
    private const int Lib = ErrorCode.LibX509;

    private static VerifyContext? Resolve(nint ctx, string function) =>
        Boundary.Resolve<VerifyContext>(ctx, HandleKind.X509StoreCtx, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get_error")]
    public static int X509_STORE_CTX_get_error(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_get_error";
        ForkGate.Enter();
        try
        {
            // A bad handle is not "ok": report the unspecified error.
            return Resolve(ctx, Fn)?.Error ?? 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_set_error")]
    public static void X509_STORE_CTX_set_error(nint ctx, int error)
    {
        const string Fn = "X509_STORE_CTX_set_error";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is not null)
                c.Error = error;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get_error_depth")]
    public static int X509_STORE_CTX_get_error_depth(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_get_error_depth";
        ForkGate.Enter();
        try
        {
            return Resolve(ctx, Fn)?.ErrorDepth ?? -1;
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

    /// <summary>The certificate the callback is being told about; the context keeps it (no reference for the caller).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get_current_cert")]
    public static nint X509_STORE_CTX_get_current_cert(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_get_current_cert";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c?.CurrentCert is null)
                return 0;
            return Handles.Register(c.ObjectFor(c.CurrentCert), HandleKind.X509);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get_ex_data")]
    public static nint X509_STORE_CTX_get_ex_data(nint ctx, int index)
    {
        const string Fn = "X509_STORE_CTX_get_ex_data";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is null)
                return 0;
            lock (c.ExData)
                return c.ExData.TryGetValue(index, out nint v) ? v : 0;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_set_ex_data")]
    public static int X509_STORE_CTX_set_ex_data(nint ctx, int index, nint data)
    {
        const string Fn = "X509_STORE_CTX_set_ex_data";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is null)
                return 0;
            if (index < 0)
            {
                ErrorQueue.Push(Lib, ErrorCode.RPassedInvalidArgument, Fn);
                return 0;
            }
            lock (c.ExData)
                c.ExData[index] = data;
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
}
