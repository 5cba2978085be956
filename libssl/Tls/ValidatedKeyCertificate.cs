using System.Collections.Concurrent;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace LibSsl.Tls;

/// <summary>
/// A peer certificate whose RSA public key is built once per process.
/// BouncyCastle 2.7 checks every RSA modulus it turns into a key (small
/// factors, then Miller-Rabin rounds that prove it composite): three
/// 2048-bit modular exponentiations, more than the signature check that
/// follows, on every handshake with the same server.  bc-java keeps a cache
/// of moduli that passed; the C# port has it as a TODO.  This is that cache,
/// one level up: the key object built from the same SubjectPublicKeyInfo
/// bytes, which passed the same check when it was first built.  Keys of
/// other types are built as before.
/// </summary>
internal sealed class ValidatedKeyCertificate : BcTlsCertificate
{
    // Bounded: a client talking to very many servers just starts over.
    private const int Capacity = 256;

    private static readonly ConcurrentDictionary<string, RsaKeyParameters> RsaKeys = new();

    public ValidatedKeyCertificate(BcTlsCrypto crypto, byte[] encoding) : base(crypto, encoding)
    {
    }

    protected override AsymmetricKeyParameter GetPublicKey()
    {
        // The DER of the key info (algorithm, modulus, exponent) names the key exactly.
        string id = System.Convert.ToBase64String(SubjectPublicKeyInfo.GetDerEncoded());
        if (RsaKeys.TryGetValue(id, out RsaKeyParameters? known))
            return known;
        AsymmetricKeyParameter key = base.GetPublicKey();
        if (key is RsaKeyParameters { IsPrivate: false } rsa)
        {
            if (RsaKeys.Count >= Capacity)
                RsaKeys.Clear();
            RsaKeys.TryAdd(id, rsa);
        }
        return key;
    }
}
