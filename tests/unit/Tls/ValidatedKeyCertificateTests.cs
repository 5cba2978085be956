using LibSsl.Tests.Support;
using LibSsl.Tls;
using NUnit.Framework;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace LibSsl.Tests.Tls;

/// <summary>
/// The engine's certificates build an RSA public key once per process (so
/// BouncyCastle's proof that the modulus is composite runs once, not per
/// handshake), and only for the same key.
/// </summary>
[TestFixture]
public class ValidatedKeyCertificateTests
{
    private static TlsCertificate Load(TestIdentity identity) =>
        new EngineCrypto(new SecureRandom(UrandomGenerator.Instance))
            .CreateCertificate(CertificateType.X509, identity.Certificate.GetEncoded());

    [Test]
    public void TheSameRsaCertificateGivesTheSameCheckedKey()
    {
        var first = (BcTlsCertificate)Load(TestCertificates.Rsa2048);
        var second = (BcTlsCertificate)Load(TestCertificates.Rsa2048);
        Assert.That(first, Is.Not.SameAs(second));
        RsaKeyParameters a = first.GetPubKeyRsa(), b = second.GetPubKeyRsa();
        Assert.That(b, Is.SameAs(a), "the second certificate reuses the key built for the first");
        var expected = (RsaKeyParameters)TestCertificates.Rsa2048.Certificate.GetPublicKey();
        Assert.That(a.Modulus, Is.EqualTo(expected.Modulus));
        Assert.That(a.Exponent, Is.EqualTo(expected.Exponent));
    }

    [Test]
    public void OtherKeysAreNotTakenFromTheCache()
    {
        var ec = (BcTlsCertificate)Load(TestCertificates.EcdsaP256);
        // EC keys are built as before, each time.
        Assert.That(ec.GetPubKeyEC(), Is.Not.SameAs(ec.GetPubKeyEC()));
        Assert.Throws<TlsFatalAlert>(() => ec.GetPubKeyRsa());
        var rsa = (BcTlsCertificate)Load(TestCertificates.Rsa2048);
        Assert.That(rsa.GetPubKeyRsa().Modulus,
            Is.EqualTo(((RsaKeyParameters)TestCertificates.Rsa2048.Certificate.GetPublicKey()).Modulus));
    }
}
