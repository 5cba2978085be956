namespace LibSsl.Tls;

/// <summary>
/// How much a peer may send, OpenSSL's figures rather than BouncyCastle's
/// (32 KiB per handshake message, 10 certificates per chain), which refuse
/// chains OpenSSL takes.  OpenSSL bounds a Certificate message by
/// SSL_CTX_set_max_cert_list(3)'s default, 100 KiB, and not the number of
/// certificates; the count below is only a backstop under that size.
/// </summary>
internal static class PeerLimits
{
    public const int MaxHandshakeMessageSize = 100 * 1024;

    public const int MaxCertificateChainLength = 1024;
}
