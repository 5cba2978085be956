using System.Collections.Generic;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace LibSsl.Tls;

/// <summary>
/// A client's answer to a server's CertificateRequest: the first of our
/// certificates (SSL_CTX_use_certificate(3) on a client) whose key can
/// make a signature scheme the server accepts, with that scheme; none
/// when no key fits, and the client then sends an empty certificate, as
/// OpenSSL does.  The server's side of the same choice is ServerPeer's.
/// </summary>
internal static class ClientCredentials
{
    public static TlsCredentials? Choose(TlsContext context, TlsCrypto crypto, CertificateRequest request,
        IReadOnlyList<(IReadOnlyList<byte[]> Chain, AsymmetricKeyParameter Key)> identities)
    {
        bool tls13 = TlsUtilities.IsTlsV13(context);
        IList<SignatureAndHashAlgorithm>? accepted = request.SupportedSignatureAlgorithms;
        short[]? types = request.CertificateTypes;
        foreach (var (chainDer, key) in identities)
        {
            if (!tls13 && types is not null && System.Array.IndexOf(types, CertificateType(key)) < 0)
                continue;
            SignatureAndHashAlgorithm? scheme = null;
            foreach (SignatureAndHashAlgorithm s in Schemes(key, tls13))
            {
                if (accepted is null || accepted.Contains(s))
                {
                    scheme = s;
                    break;
                }
            }
            if (scheme is null)
                continue;
            var entries = new List<CertificateEntry>();
            var certs = new List<TlsCertificate>();
            foreach (byte[] der in chainDer)
            {
                TlsCertificate c = crypto.CreateCertificate(der);
                certs.Add(c);
                entries.Add(new CertificateEntry(c, null));
            }
            Certificate chain = tls13
                ? new Certificate(request.GetCertificateRequestContext(), entries.ToArray())
                : new Certificate(certs.ToArray());
            return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), (BcTlsCrypto)crypto,
                key, chain, scheme);
        }
        return null;
    }

    private static short CertificateType(AsymmetricKeyParameter key) => key switch
    {
        RsaKeyParameters => ClientCertificateType.rsa_sign,
        _ => ClientCertificateType.ecdsa_sign,
    };

    // The schemes each key kind can make, best first (TLS 1.3 ties a curve to its hash).
    private static IEnumerable<SignatureAndHashAlgorithm> Schemes(AsymmetricKeyParameter key, bool tls13) => key switch
    {
        RsaKeyParameters => tls13
            ? new[] { SignatureAndHashAlgorithm.rsa_pss_rsae_sha256, SignatureAndHashAlgorithm.rsa_pss_rsae_sha384 }
            : new[]
            {
                SignatureAndHashAlgorithm.rsa_pss_rsae_sha256,
                SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa),
                SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha1, SignatureAlgorithm.rsa),
            },
        ECPrivateKeyParameters ec => new[]
        {
            SignatureAndHashAlgorithm.GetInstance(
                ec.Parameters.Curve.FieldSize > 384 ? HashAlgorithm.sha512
                    : ec.Parameters.Curve.FieldSize > 256 ? HashAlgorithm.sha384 : HashAlgorithm.sha256,
                SignatureAlgorithm.ecdsa),
        },
        Ed25519PrivateKeyParameters => new[] { SignatureAndHashAlgorithm.ed25519 },
        _ => System.Array.Empty<SignatureAndHashAlgorithm>(),
    };
}
