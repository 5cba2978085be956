using System.Collections.Generic;
using LibSsl.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Ssl;

/// <summary>
/// SSL_get_peer_certificate(3), SSL_get_peer_cert_chain(3): the peer's
/// certificates as objects, made on first request from what the engine
/// received and kept until the SSL is freed, so get0 pointers stay valid
/// for the connection's life.
/// </summary>
internal sealed partial class Ssl
{
    private PeerChain? _peerChain;
    private readonly object _peerLock = new();

    /// <summary>The peer's certificates, or null when it sent none (or before the handshake got them).</summary>
    public PeerChain? PeerChain
    {
        get
        {
            lock (_peerLock)
            {
                // Nothing received on the current engine (none yet, or a
                // new connection after SSL_clear) is NULL; an older chain
                // stays alive until a new one replaces it or SSL_free.
                object? source = _engine?.PeerCertificateSource;
                if (source is null)
                    return null;
                if (_peerChain is not null && ReferenceEquals(_peerChain.Source, source))
                    return _peerChain;
                var certs = new List<BcCertificate>();
                foreach (byte[] der in _engine!.PeerCertificates)
                    certs.Add(new BcCertificate(der));
                // A new handshake's chain replaces the old, whose objects
                // live on only through references their users hold.
                _peerChain?.Release();
                _peerChain = X509.PeerChain.From(certs, Role == Role.Server, source);
                return _peerChain;
            }
        }
    }

    private CertificateStack? _verifiedChain;

    /// <summary>
    /// SSL_get0_verified_chain(3): the chain the last verification of the
    /// peer built (X509_STORE_CTX_get1_chain of its context), kept whatever
    /// the verdict, as OpenSSL keeps it; null before one.
    /// </summary>
    public CertificateStack? VerifiedChain
    {
        get
        {
            lock (_peerLock)
                return _verifiedChain;
        }
        private set
        {
            lock (_peerLock)
            {
                ReleaseStack(_verifiedChain);
                _verifiedChain = value;
            }
        }
    }

    private static void ReleaseStack(CertificateStack? stack)
    {
        if (stack is null)
            return;
        foreach (X509Certificate c in stack.Items)
            c.Release();
        stack.Items.Clear();
        stack.Release();
    }

    private void ReleasePeerChain()
    {
        lock (_peerLock)
        {
            _peerChain?.Release();
            _peerChain = null;
            ReleaseStack(_verifiedChain);
            _verifiedChain = null;
        }
    }
}
