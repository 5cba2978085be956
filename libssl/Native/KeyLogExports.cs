using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>SSL_CTX_set_keylog_callback(3).</summary>
internal static unsafe class KeyLogExports
{
    private const int Lib = ErrorCode.LibSsl;

    /// <summary>
    /// void cb(const SSL *ssl, const char *line): the line, without a
    /// newline, is valid only during the call.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_keylog_callback")]
    public static void SSL_CTX_set_keylog_callback(nint ctx, nint callback)
    {
        const string Fn = "SSL_CTX_set_keylog_callback";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return;
            c.KeyLogFunction = callback;
            if (callback == 0)
            {
                c.KeyLog = null;
                return;
            }
            var fp = (delegate* unmanaged<nint, byte*, void>)callback;
            c.KeyLog = (ssl, line) =>
            {
                byte* text = NativeStrings.Allocate(line);
                ForkGate.Release();
                try
                {
                    fp(ssl.Handle, text);
                }
                finally
                {
                    ForkGate.Reacquire();
                    NativeStrings.Free(text);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_keylog_callback")]
    public static nint SSL_CTX_get_keylog_callback(nint ctx)
    {
        const string Fn = "SSL_CTX_get_keylog_callback";
        ForkGate.Enter();
        try
        {
            return Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn)?.KeyLogFunction ?? 0;
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
