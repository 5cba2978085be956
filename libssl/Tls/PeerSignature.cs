using System.IO;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// SSL_get_peer_signature_nid(3): the signature scheme the peer signed the
/// handshake with, read from the message that carries it before the engine
/// verifies it: a TLS 1.3 CertificateVerify, or the signed part of a TLS
/// 1.2 ServerKeyExchange.  BouncyCastle verifies the signature but keeps
/// no record of the scheme, hence this look at the bytes.
/// </summary>
internal static class PeerSignature
{
    /// <summary>The scheme in a handshake message body at the stream's position, or -1; the position is left unchanged.</summary>
    public static int Scheme(short type, MemoryStream body, TlsContext context)
    {
        long at = body.Position;
        try
        {
            if (type == HandshakeType.certificate_verify && TlsUtilities.IsTlsV13(context))
                return U16(body);
            if (type == HandshakeType.server_key_exchange && !TlsUtilities.IsTlsV13(context))
                return ServerKeyExchange(body, context.SecurityParameters.CipherSuite);
            return -1;
        }
        catch (EndOfStreamException)
        {
            // A malformed message: the engine will refuse it itself.
            return -1;
        }
        finally
        {
            body.Position = at;
        }
    }

    /// <summary>Skips the key-exchange parameters of the suite's exchange, then reads the scheme.</summary>
    private static int ServerKeyExchange(MemoryStream body, int suite)
    {
        switch (TlsUtilities.GetKeyExchangeAlgorithm(suite))
        {
            case KeyExchangeAlgorithm.ECDHE_ECDSA:
            case KeyExchangeAlgorithm.ECDHE_RSA:
                // ECParameters (named_curve: type and id), then the point.
                if (U8(body) != 3)
                    return -1;
                U16(body);
                Skip(body, U8(body));
                return U16(body);
            case KeyExchangeAlgorithm.DHE_RSA:
            case KeyExchangeAlgorithm.DHE_DSS:
                for (int i = 0; i < 3; i++)
                    Skip(body, U16(body));
                return U16(body);
            default:
                return -1;
        }
    }

    private static int U8(MemoryStream s)
    {
        int b = s.ReadByte();
        return b < 0 ? throw new EndOfStreamException() : b;
    }

    private static int U16(MemoryStream s) => U8(s) << 8 | U8(s);

    private static void Skip(MemoryStream s, int n)
    {
        if (s.Length - s.Position < n)
            throw new EndOfStreamException();
        s.Position += n;
    }

    /// <summary>
    /// OpenSSL's NIDs for a scheme: the digest (NID_undef for Ed25519 and
    /// Ed448, which have none of their own) and the signature type
    /// (EVP_PKEY_RSA, EVP_PKEY_RSA_PSS for both PSS kinds, EVP_PKEY_EC,
    /// EVP_PKEY_ED25519, EVP_PKEY_ED448); null for a scheme not known.
    /// </summary>
    public static (int Hash, int Type)? Nids(int scheme)
    {
        const int Sha1 = 64, Sha256 = 672, Sha384 = 673, Sha512 = 674;
        const int Rsa = 6, RsaPss = 912, Ec = 408, Ed25519 = 1087, Ed448 = 1088;
        return scheme switch
        {
            0x0201 => (Sha1, Rsa),
            0x0401 => (Sha256, Rsa),
            0x0501 => (Sha384, Rsa),
            0x0601 => (Sha512, Rsa),
            0x0203 => (Sha1, Ec),
            0x0403 => (Sha256, Ec),
            0x0503 => (Sha384, Ec),
            0x0603 => (Sha512, Ec),
            0x0804 or 0x0809 => (Sha256, RsaPss),
            0x0805 or 0x080a => (Sha384, RsaPss),
            0x0806 or 0x080b => (Sha512, RsaPss),
            0x0807 => (0, Ed25519),
            0x0808 => (0, Ed448),
            _ => null,
        };
    }
}
