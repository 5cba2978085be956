namespace LibSsl.Ssl;

/// <summary>Protocol version numbers and names as OpenSSL uses them.</summary>
internal static class TlsVersion
{
    public const int Ssl3 = 0x0300;
    public const int Tls1 = 0x0301;
    public const int Tls11 = 0x0302;
    public const int Tls12 = 0x0303;
    public const int Tls13 = 0x0304;

    /// <summary>TLS_ANY_VERSION: what SSL_version says before negotiation.</summary>
    public const int Any = 0x10000;

    /// <summary>Values SSL_CTX_set_min_proto_version(3) accepts for TLS methods.</summary>
    public static bool IsValidBound(int version) =>
        version is 0 or Ssl3 or Tls1 or Tls11 or Tls12 or Tls13;

    public static string Name(int version) => version switch
    {
        Ssl3 => "SSLv3",
        Tls1 => "TLSv1",
        Tls11 => "TLSv1.1",
        Tls12 => "TLSv1.2",
        Tls13 => "TLSv1.3",
        _ => "unknown",
    };
}
