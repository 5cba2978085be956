using System.Collections.Generic;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.X509;

/// <summary>
/// The peer's certificates as SSL_get_peer_certificate(3) and
/// SSL_get_peer_cert_chain(3) present them: the list the peer sent, leaf
/// first.  OpenSSL's chain includes the leaf on a client but not on a
/// server, where the leaf is only SSL_get_peer_certificate's.
/// </summary>
internal sealed class PeerChain
{
    private PeerChain(X509Certificate leaf, CertificateStack chain)
    {
        Leaf = leaf;
        Chain = chain;
    }

    /// <summary>The peer's own certificate.</summary>
    public X509Certificate Leaf { get; }

    /// <summary>The stack SSL_get_peer_cert_chain returns.</summary>
    public CertificateStack Chain { get; }

    /// <summary>The source the chain was made from, so a new handshake's chain is noticed.</summary>
    public object? Source { get; private init; }

    /// <summary>Null when the peer sent no certificate.</summary>
    public static PeerChain? From(IReadOnlyList<BcCertificate> sent, bool isServer, object? source)
    {
        if (sent.Count == 0)
            return null;
        var certs = new List<X509Certificate>();
        foreach (BcCertificate c in sent)
            certs.Add(new X509Certificate(c));
        var stack = new CertificateStack(isServer ? certs.GetRange(1, certs.Count - 1) : certs);
        var chain = new PeerChain(certs[0], stack) { Source = source };
        // The stack owns one reference to each certificate it lists; the
        // leaf of a server's chain is owned by the PeerChain itself.
        return chain;
    }

    /// <summary>Releases the certificates and retires the stack.</summary>
    public void Release()
    {
        bool leafListed = Chain.Items.Contains(Leaf);
        foreach (X509Certificate c in Chain.Items)
            c.Release();
        if (!leafListed)
            Leaf.Release();
        Chain.Items.Clear();
        Chain.Release();
    }
}
