using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace LibSsl.Tls;

/// <summary>
/// BouncyCastle's crypto provider, with one admission: BcTlsCrypto 2.7
/// answers false for the hybrid groups (X25519MLKEM768, ...) although the
/// protocol code combines them from parts it has (TlsHybridAgreement over
/// ML-KEM and ECDH, CreateHybridSecret).  A hybrid is available when both
/// its parts are.  And X.509 certificates keep the RSA keys they have
/// checked once (<see cref="ValidatedKeyCertificate"/>).
/// </summary>
internal sealed class EngineCrypto : BcTlsCrypto
{
    public EngineCrypto(SecureRandom random) : base(random)
    {
    }

    /// <summary>TLS 1.3 record ciphers take records up to RFC 8446's limit (see <see cref="Tls13RecordLimit"/>).</summary>
    public override Org.BouncyCastle.Tls.Crypto.TlsCipher CreateCipher(Org.BouncyCastle.Tls.Crypto.TlsCryptoParameters cryptoParams,
        int encryptionAlgorithm, int macAlgorithm)
    {
        Org.BouncyCastle.Tls.Crypto.TlsCipher cipher = base.CreateCipher(cryptoParams, encryptionAlgorithm, macAlgorithm);
        return cipher.UsesOpaqueRecordType ? new Tls13RecordLimit(cipher) : cipher;
    }

    public override bool HasNamedGroup(int namedGroup)
    {
        if (NamedGroup.RefersToASpecificHybrid(namedGroup))
            return HasNamedGroup(NamedGroup.GetHybridFirst(namedGroup))
                && HasNamedGroup(NamedGroup.GetHybridSecond(namedGroup));
        return base.HasNamedGroup(namedGroup);
    }

    public override TlsCertificate CreateCertificate(short type, byte[] encoding) =>
        type == CertificateType.X509 ? new ValidatedKeyCertificate(this, encoding) : base.CreateCertificate(type, encoding);
}
