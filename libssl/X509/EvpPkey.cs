using LibSsl.Common;
using Org.BouncyCastle.Crypto;

namespace LibSsl.X509;

/// <summary>EVP_PKEY: a private key as the certificate APIs pass it around (EVP_PKEY_free(3)).</summary>
internal sealed class EvpPkey : RefCounted
{
    public EvpPkey(AsymmetricKeyParameter value) => Value = value;

    public AsymmetricKeyParameter Value { get; }
}
