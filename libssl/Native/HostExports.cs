using System;
using System.Runtime.InteropServices;
using System.Text;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Host names and addresses the peer's certificate must carry:
/// SSL_set1_host(3), and the checks themselves, X509_check_host(3).
/// </summary>
internal static unsafe class HostExports
{
    /// <summary>
    /// As OpenSSL 3: a name that parses as an IP address sets the address to
    /// check instead of a host name; NULL or "" clears both.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_set1_host")]
    public static int SSL_set1_host(nint ssl, byte* name)
    {
        const string Fn = "SSL_set1_host";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            if (s is null)
                return 0;
            string? text = NativeStrings.Read(name);
            byte[]? ip = text is null ? null : HostnameMatch.ParseAddress(text);
            s.Param.SetHost(ip is null ? text : null, replace: true);
            s.Param.Ip = ip;
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

    /// <summary>Adds a name; any one of them matching is enough.  An address replaces the address to check.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_add1_host")]
    public static int SSL_add1_host(nint ssl, byte* name)
    {
        const string Fn = "SSL_add1_host";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            if (s is null)
                return 0;
            string? text = NativeStrings.Read(name);
            if (string.IsNullOrEmpty(text))
                return 1;
            byte[]? ip = HostnameMatch.ParseAddress(text);
            if (ip is not null)
                s.Param.Ip = ip;
            else
                s.Param.SetHost(text, replace: false);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_hostflags")]
    public static void SSL_set_hostflags(nint ssl, uint flags)
    {
        const string Fn = "SSL_set_hostflags";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            if (s is not null)
                s.Param.HostFlags = flags;
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

    /// <summary>The name that matched in the last verification; the SSL keeps the string.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_get0_peername")]
    public static nint SSL_get0_peername(nint ssl)
    {
        const string Fn = "SSL_get0_peername";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            return s?.Param.PeerName is null ? 0 : (nint)NativeStrings.Constant(s.Param.PeerName);
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

    private static CertificateFacts? Facts(nint x509, string function)
    {
        X509Certificate? c = Boundary.Resolve<X509Certificate>(x509, HandleKind.X509, function, ErrorCode.LibX509);
        return c is null ? null : new CertificateFacts(c.Value);
    }

    /// <summary>1 match, 0 none, -1 bad certificate handle, -2 malformed name (as OpenSSL).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_check_host")]
    public static int X509_check_host(nint x509, byte* name, nuint length, uint flags, byte** peername)
    {
        const string Fn = "X509_check_host";
        ForkGate.Enter();
        try
        {
            if (peername != null)
                *peername = null;
            if (name == null)
                return -2;
            int n = length == 0 ? new ReadOnlySpan<byte>(name, int.MaxValue).IndexOf((byte)0) : checked((int)length);
            var bytes = new ReadOnlySpan<byte>(name, n);
            // An embedded NUL is malformed; one trailing NUL is tolerated.
            int nul = bytes.IndexOf((byte)0);
            if (nul >= 0 && nul < (n > 1 ? n - 1 : n))
                return -2;
            if (n > 1 && bytes[n - 1] == 0)
                bytes = bytes[..(n - 1)];
            CertificateFacts? facts = Facts(x509, Fn);
            if (facts is null)
                return -1;
            int r = HostnameMatch.CheckHost(facts, Encoding.UTF8.GetString(bytes), flags, out string? matched);
            if (r == 1 && peername != null && matched is not null)
                *peername = NativeStrings.Allocate(matched);
            return r;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibX509, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_check_ip")]
    public static int X509_check_ip(nint x509, byte* address, nuint length, uint flags)
    {
        const string Fn = "X509_check_ip";
        ForkGate.Enter();
        try
        {
            if (address == null || (length != 4 && length != 16))
                return -2;
            CertificateFacts? facts = Facts(x509, Fn);
            if (facts is null)
                return -1;
            return HostnameMatch.CheckIp(facts, new ReadOnlySpan<byte>(address, (int)length).ToArray());
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibX509, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_check_ip_asc")]
    public static int X509_check_ip_asc(nint x509, byte* address, uint flags)
    {
        const string Fn = "X509_check_ip_asc";
        ForkGate.Enter();
        try
        {
            string? text = NativeStrings.Read(address);
            byte[]? ip = text is null ? null : HostnameMatch.ParseAddress(text);
            if (ip is null)
                return -2;
            CertificateFacts? facts = Facts(x509, Fn);
            if (facts is null)
                return -1;
            return HostnameMatch.CheckIp(facts, ip);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibX509, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
