using System;
using System.Runtime.InteropServices;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// The peer's certificates: SSL_get_peer_certificate(3),
/// SSL_get_peer_cert_chain(3).  The objects belong to the SSL; the get1
/// forms add a reference the caller drops with X509_free.
/// </summary>
internal static unsafe partial class SslExports
{
    private static nint PeerCertificate(nint ssl, bool upRef, string function)
    {
        Ssl.Ssl? s = Get(ssl, function);
        X509Certificate? leaf = s?.PeerChain?.Leaf;
        if (leaf is null)
            return 0;
        if (upRef)
            leaf.UpRef();
        return Handles.Register(leaf, HandleKind.X509);
    }

    /// <summary>LibreSSL's name (a macro for SSL_get1_peer_certificate in OpenSSL 3): the caller frees the result.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_get_peer_certificate")]
    public static nint SSL_get_peer_certificate(nint ssl)
    {
        const string Fn = "SSL_get_peer_certificate";
        ForkGate.Enter();
        try
        {
            return PeerCertificate(ssl, true, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_get1_peer_certificate")]
    public static nint SSL_get1_peer_certificate(nint ssl)
    {
        const string Fn = "SSL_get1_peer_certificate";
        ForkGate.Enter();
        try
        {
            return PeerCertificate(ssl, true, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_get0_peer_certificate")]
    public static nint SSL_get0_peer_certificate(nint ssl)
    {
        const string Fn = "SSL_get0_peer_certificate";
        ForkGate.Enter();
        try
        {
            return PeerCertificate(ssl, false, Fn);
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

    /// <summary>The stack belongs to the SSL: the caller must not free it or its elements.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_get_peer_cert_chain")]
    public static nint SSL_get_peer_cert_chain(nint ssl)
    {
        const string Fn = "SSL_get_peer_cert_chain";
        ForkGate.Enter();
        try
        {
            PeerChain? chain = Get(ssl, Fn)?.PeerChain;
            return chain is null ? 0 : Handles.Register(chain.Chain, HandleKind.Stack);
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

    /// <summary>The chain the handshake's verification built, leaf first; the SSL owns it.  NULL when no verification ran.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_get0_verified_chain")]
    public static nint SSL_get0_verified_chain(nint ssl)
    {
        const string Fn = "SSL_get0_verified_chain";
        ForkGate.Enter();
        try
        {
            CertificateStack? chain = Get(ssl, Fn)?.VerifiedChain;
            return chain is null ? 0 : Handles.Register(chain, HandleKind.Stack);
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
