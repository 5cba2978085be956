namespace LibSsl.Ssl;

/// <summary>The SSL_OP_* and SSL_MODE_* bits the library acts on.</summary>
internal static class SslOptions
{
    public const ulong NoTicket = 1UL << 14;
    public const ulong NoCompression = 1UL << 17;
    public const ulong EnableMiddleboxCompat = 1UL << 20;
    public const ulong CipherServerPreference = 1UL << 22;
    public const ulong NoSslv3 = 1UL << 25;
    public const ulong NoTlsv1 = 1UL << 26;
    public const ulong NoTlsv1_2 = 1UL << 27;
    public const ulong NoTlsv1_1 = 1UL << 28;
    public const ulong NoTlsv1_3 = 1UL << 29;

    /// <summary>What SSL_CTX_new(3) starts with in OpenSSL 3.</summary>
    public const ulong Default = NoCompression | EnableMiddleboxCompat;

    public const long ModeEnablePartialWrite = 0x1;
    public const long ModeAcceptMovingWriteBuffer = 0x2;
    public const long ModeAutoRetry = 0x4;

    /// <summary>SSL_MODE_AUTO_RETRY is on by default, as in OpenSSL 3.</summary>
    public const long DefaultMode = ModeAutoRetry;
}
