namespace LibSsl.Native;

/// <summary>The type tag carried in every handle, so an SSL_CTX * passed as an SSL * is caught.</summary>
internal enum HandleKind : byte
{
    Ssl = 0x11,
    SslContext = 0x12,
    SslMethod = 0x13,
    SslCipher = 0x14,
    Bio = 0x15,
    BioMethod = 0x16,
    X509 = 0x17,
    EvpPkey = 0x18,

    // Objects a certificate owns, and stacks of certificates.
    X509Name = 0x41,
    Asn1String = 0x42,
    Stack = 0x43,
    X509StoreCtx = 0x20,
    X509Store = 0x21,
    X509VerifyParam = 0x22,

    // Away from the end of the sequence, so kinds added alongside do not collide.
    SslSession = 0x2A,
}
