using System.Collections.Generic;
using Org.BouncyCastle.Crypto;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Ssl;

/// <summary>
/// The certificate chain and private key an endpoint presents.  A context
/// has one; an SSL starts with a copy of its context's and may replace
/// either part (SSL_use_certificate_file(3)).
/// </summary>
internal sealed class Identity
{
    /// <summary>Leaf first, then the chain certificates in order.</summary>
    public List<BcCertificate> Chain { get; private set; } = new();

    public AsymmetricKeyParameter? PrivateKey { get; set; }

    public BcCertificate? Leaf => Chain.Count > 0 ? Chain[0] : null;

    public void SetChain(List<BcCertificate> chain) => Chain = chain;

    public Identity Copy() => new() { Chain = new List<BcCertificate>(Chain), PrivateKey = PrivateKey };
}
