using System;
using System.Text;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Prng;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace LibSsl.Tests.Support;

/// <summary>A private key with its self-signed certificate, made with BouncyCastle.</summary>
internal sealed record TestIdentity(AsymmetricKeyParameter PrivateKey, X509Certificate Certificate);

/// <summary>
/// Server identities for the in-process handshakes, generated once per test
/// run from a fixed seed (deterministic, no files, no network).
/// </summary>
internal static class TestCertificates
{
    private static readonly Lazy<TestIdentity> s_ecdsa = new(() => Make(EcdsaKeyPair(), "SHA256WITHECDSA"));
    private static readonly Lazy<TestIdentity> s_rsa = new(() => Make(RsaKeyPair(), "SHA256WITHRSA"));

    public static TestIdentity EcdsaP256 => s_ecdsa.Value;

    public static TestIdentity Rsa2048 => s_rsa.Value;

    /// <summary>A deterministic generator: the same keys every run.</summary>
    public static SecureRandom SeededRandom(string seed)
    {
        var generator = new DigestRandomGenerator(new Sha256Digest());
        generator.AddSeedMaterial(Encoding.ASCII.GetBytes(seed));
        return new SecureRandom(generator);
    }

    private static AsymmetricCipherKeyPair EcdsaKeyPair()
    {
        var kpg = new ECKeyPairGenerator();
        kpg.Init(new ECKeyGenerationParameters(SecObjectIdentifiers.SecP256r1, SeededRandom("libssl-tests ecdsa")));
        return kpg.GenerateKeyPair();
    }

    private static AsymmetricCipherKeyPair RsaKeyPair()
    {
        var kpg = new RsaKeyPairGenerator();
        kpg.Init(new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), SeededRandom("libssl-tests rsa"), 2048, 80));
        return kpg.GenerateKeyPair();
    }

    private static TestIdentity Make(AsymmetricCipherKeyPair pair, string signatureAlgorithm)
    {
        var name = new X509Name("CN=test.invalid");
        var gen = new X509V3CertificateGenerator();
        gen.SetSerialNumber(BigInteger.ValueOf(0x1234));
        gen.SetIssuerDN(name);
        gen.SetSubjectDN(name);
        gen.SetNotBefore(DateTime.UtcNow.AddDays(-1));
        gen.SetNotAfter(DateTime.UtcNow.AddDays(30));
        gen.SetPublicKey(pair.Public);
        gen.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        X509Certificate cert = gen.Generate(new Asn1SignatureFactory(signatureAlgorithm, pair.Private, SeededRandom("sign")));
        return new TestIdentity(pair.Private, cert);
    }
}
