using System;
using System.Runtime.InteropServices;
using System.Text;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Verification parameters as an object: SSL_get0_param(3) and the
/// X509_VERIFY_PARAM_set1_host(3) family.
/// </summary>
internal static unsafe class VerifyParamExports
{
    private const int Lib = ErrorCode.LibX509;
    private const int LibX509v3 = 34;
    private const int X509v3InvalidPurpose = 146;

    private static VerifyParam? Resolve(nint param, string function) =>
        Boundary.Resolve<VerifyParam>(param, HandleKind.X509VerifyParam, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "SSL_get0_param")]
    public static nint SSL_get0_param(nint ssl)
    {
        const string Fn = "SSL_get0_param";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            return s is null ? 0 : Handles.Register(s.Param, HandleKind.X509VerifyParam);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get0_param")]
    public static nint SSL_CTX_get0_param(nint ctx)
    {
        const string Fn = "SSL_CTX_get0_param";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is null ? 0 : Handles.Register(c.Param, HandleKind.X509VerifyParam);
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

    /// <summary>A parameter set of its own, all defaults, for X509_STORE_CTX_set0_param(3).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_new")]
    public static nint X509_VERIFY_PARAM_new()
    {
        ForkGate.Enter();
        try
        {
            return Handles.Register(new VerifyParam(), HandleKind.X509VerifyParam);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "X509_VERIFY_PARAM_new", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Frees a parameter set made by X509_VERIFY_PARAM_new; NULL is a no-op.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_free")]
    public static void X509_VERIFY_PARAM_free(nint param)
    {
        const string Fn = "X509_VERIFY_PARAM_free";
        ForkGate.Enter();
        try
        {
            if (param != 0)
                Resolve(param, Fn)?.Release();
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

    // A name of namelen bytes (0: up to the NUL); null for a NULL name.
    private static string? Name(byte* name, nuint length)
    {
        if (name == null)
            return null;
        if (length == 0)
            return NativeStrings.Read(name);
        return Encoding.UTF8.GetString(name, checked((int)length));
    }

    /// <summary>set1_host and add1_host: a name with an embedded NUL is refused (0), as in OpenSSL.</summary>
    private static int SetHost(nint param, byte* name, nuint length, bool replace, string fn)
    {
        VerifyParam? p = Resolve(param, fn);
        if (p is null)
            return 0;
        string? text = Name(name, length);
        if (text is not null && text.Contains('\0'))
            return 0;
        p.SetHost(text, replace);
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set1_host")]
    public static int X509_VERIFY_PARAM_set1_host(nint param, byte* name, nuint length)
    {
        const string Fn = "X509_VERIFY_PARAM_set1_host";
        ForkGate.Enter();
        try
        {
            return SetHost(param, name, length, replace: true, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_add1_host")]
    public static int X509_VERIFY_PARAM_add1_host(nint param, byte* name, nuint length)
    {
        const string Fn = "X509_VERIFY_PARAM_add1_host";
        ForkGate.Enter();
        try
        {
            return SetHost(param, name, length, replace: false, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set_hostflags")]
    public static void X509_VERIFY_PARAM_set_hostflags(nint param, uint flags)
    {
        const string Fn = "X509_VERIFY_PARAM_set_hostflags";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is not null)
                p.HostFlags = flags;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_get_hostflags")]
    public static uint X509_VERIFY_PARAM_get_hostflags(nint param)
    {
        const string Fn = "X509_VERIFY_PARAM_get_hostflags";
        ForkGate.Enter();
        try
        {
            return Resolve(param, Fn)?.HostFlags ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0u);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>4 or 16 bytes set the address; NULL (length 0) clears it; other lengths fail.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set1_ip")]
    public static int X509_VERIFY_PARAM_set1_ip(nint param, byte* ip, nuint length)
    {
        const string Fn = "X509_VERIFY_PARAM_set1_ip";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is null)
                return 0;
            if (ip == null || length == 0)
            {
                p.Ip = null;
                return 1;
            }
            if (length != 4 && length != 16)
            {
                ErrorQueue.Push(Lib, ErrorCode.RPassedInvalidArgument, Fn);
                return 0;
            }
            p.Ip = new ReadOnlySpan<byte>(ip, (int)length).ToArray();
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set1_ip_asc")]
    public static int X509_VERIFY_PARAM_set1_ip_asc(nint param, byte* text)
    {
        const string Fn = "X509_VERIFY_PARAM_set1_ip_asc";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is null)
                return 0;
            string? t = NativeStrings.Read(text);
            byte[]? ip = t is null ? null : HostnameMatch.ParseAddress(t);
            if (ip is null)
                return 0;
            p.Ip = ip;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set_depth")]
    public static void X509_VERIFY_PARAM_set_depth(nint param, int depth)
    {
        const string Fn = "X509_VERIFY_PARAM_set_depth";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is not null)
                p.Depth = depth;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_get_depth")]
    public static int X509_VERIFY_PARAM_get_depth(nint param)
    {
        const string Fn = "X509_VERIFY_PARAM_get_depth";
        ForkGate.Enter();
        try
        {
            return Resolve(param, Fn)?.Depth ?? -1;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set_flags")]
    public static int X509_VERIFY_PARAM_set_flags(nint param, ulong flags)
    {
        const string Fn = "X509_VERIFY_PARAM_set_flags";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is null)
                return 0;
            p.Flags |= flags;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_clear_flags")]
    public static int X509_VERIFY_PARAM_clear_flags(nint param, ulong flags)
    {
        const string Fn = "X509_VERIFY_PARAM_clear_flags";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is null)
                return 0;
            p.Flags &= ~flags;
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_get_flags")]
    public static ulong X509_VERIFY_PARAM_get_flags(nint param)
    {
        const string Fn = "X509_VERIFY_PARAM_get_flags";
        ForkGate.Enter();
        try
        {
            return Resolve(param, Fn)?.Flags ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Validity is checked at <paramref name="time"/> (seconds since the epoch) instead of now.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set_time")]
    public static void X509_VERIFY_PARAM_set_time(nint param, long time)
    {
        const string Fn = "X509_VERIFY_PARAM_set_time";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is null)
                return;
            p.CheckTime = DateTimeOffset.FromUnixTimeSeconds(time).UtcDateTime;
            p.Flags |= VerifyParam.FlagUseCheckTime;
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

    /// <summary>X509_PURPOSE_SSL_CLIENT (1), X509_PURPOSE_SSL_SERVER (2) or X509_PURPOSE_ANY (7).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_set_purpose")]
    public static int X509_VERIFY_PARAM_set_purpose(nint param, int purpose)
    {
        const string Fn = "X509_VERIFY_PARAM_set_purpose";
        ForkGate.Enter();
        try
        {
            VerifyParam? p = Resolve(param, Fn);
            if (p is null)
                return 0;
            switch (purpose)
            {
                case 1: p.Purpose = VerifyPurpose.SslClient; return 1;
                case 2: p.Purpose = VerifyPurpose.SslServer; return 1;
                case 7: p.Purpose = VerifyPurpose.Any; return 1;
                default:
                    ErrorQueue.Push(LibX509v3, X509v3InvalidPurpose, Fn);
                    return 0;
            }
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

    [UnmanagedCallersOnly(EntryPoint = "X509_VERIFY_PARAM_get0_peername")]
    public static nint X509_VERIFY_PARAM_get0_peername(nint param)
    {
        const string Fn = "X509_VERIFY_PARAM_get0_peername";
        ForkGate.Enter();
        try
        {
            string? name = Resolve(param, Fn)?.PeerName;
            return name is null ? 0 : (nint)NativeStrings.Constant(name);
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
