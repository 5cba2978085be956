using System.Collections.Generic;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// One cipher suite we can negotiate, under the names OpenSSL uses for it
/// and the attributes its cipher-string language selects on.
/// </summary>
internal sealed record CipherSuiteInfo(
    int Id, string Name, string StandardName, bool Tls13,
    string Kx, string Au, string Enc, string Mac, int Bits)
{
    /// <summary>
    /// Every suite, in OpenSSL's default preference order: TLS 1.3 first,
    /// then forward-secret AEAD, then the CBC suites kept for old peers.
    /// </summary>
    public static readonly IReadOnlyList<CipherSuiteInfo> All = new CipherSuiteInfo[]
    {
        new(CipherSuite.TLS_AES_256_GCM_SHA384, "TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384", true, "any", "any", "AESGCM256", "AEAD", 256),
        new(CipherSuite.TLS_CHACHA20_POLY1305_SHA256, "TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256", true, "any", "any", "CHACHA20", "AEAD", 256),
        new(CipherSuite.TLS_AES_128_GCM_SHA256, "TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256", true, "any", "any", "AESGCM128", "AEAD", 128),
        new(CipherSuite.TLS_AES_128_CCM_SHA256, "TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_SHA256", true, "any", "any", "AESCCM128", "AEAD", 128),

        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, "ECDHE-ECDSA-AES256-GCM-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", false, "ECDHE", "ECDSA", "AESGCM256", "AEAD", 256),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, "ECDHE-RSA-AES256-GCM-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", false, "ECDHE", "RSA", "AESGCM256", "AEAD", 256),
        new(CipherSuite.TLS_DHE_RSA_WITH_AES_256_GCM_SHA384, "DHE-RSA-AES256-GCM-SHA384", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", false, "DHE", "RSA", "AESGCM256", "AEAD", 256),
        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-ECDSA-CHACHA20-POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", false, "ECDHE", "ECDSA", "CHACHA20", "AEAD", 256),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "ECDHE-RSA-CHACHA20-POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", false, "ECDHE", "RSA", "CHACHA20", "AEAD", 256),
        new(CipherSuite.TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256, "DHE-RSA-CHACHA20-POLY1305", "TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", false, "DHE", "RSA", "CHACHA20", "AEAD", 256),
        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, "ECDHE-ECDSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", false, "ECDHE", "ECDSA", "AESGCM128", "AEAD", 128),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, "ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", false, "ECDHE", "RSA", "AESGCM128", "AEAD", 128),
        new(CipherSuite.TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, "DHE-RSA-AES128-GCM-SHA256", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", false, "DHE", "RSA", "AESGCM128", "AEAD", 128),
        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384, "ECDHE-ECDSA-AES256-SHA384", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", false, "ECDHE", "ECDSA", "AES256", "SHA384", 256),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384, "ECDHE-RSA-AES256-SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", false, "ECDHE", "RSA", "AES256", "SHA384", 256),
        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, "ECDHE-ECDSA-AES128-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", false, "ECDHE", "ECDSA", "AES128", "SHA256", 128),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256, "ECDHE-RSA-AES128-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", false, "ECDHE", "RSA", "AES128", "SHA256", 128),
        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA, "ECDHE-ECDSA-AES256-SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", false, "ECDHE", "ECDSA", "AES256", "SHA1", 256),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, "ECDHE-RSA-AES256-SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", false, "ECDHE", "RSA", "AES256", "SHA1", 256),
        new(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, "ECDHE-ECDSA-AES128-SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", false, "ECDHE", "ECDSA", "AES128", "SHA1", 128),
        new(CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, "ECDHE-RSA-AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", false, "ECDHE", "RSA", "AES128", "SHA1", 128),
        new(CipherSuite.TLS_RSA_WITH_AES_256_GCM_SHA384, "AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384", false, "RSA", "RSA", "AESGCM256", "AEAD", 256),
        new(CipherSuite.TLS_RSA_WITH_AES_128_GCM_SHA256, "AES128-GCM-SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256", false, "RSA", "RSA", "AESGCM128", "AEAD", 128),
        new(CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA256, "AES256-SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA256", false, "RSA", "RSA", "AES256", "SHA256", 256),
        new(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA256, "AES128-SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", false, "RSA", "RSA", "AES128", "SHA256", 128),
        new(CipherSuite.TLS_RSA_WITH_AES_256_CBC_SHA, "AES256-SHA", "TLS_RSA_WITH_AES_256_CBC_SHA", false, "RSA", "RSA", "AES256", "SHA1", 256),
        new(CipherSuite.TLS_RSA_WITH_AES_128_CBC_SHA, "AES128-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", false, "RSA", "RSA", "AES128", "SHA1", 128),
    };

    private static readonly Dictionary<int, CipherSuiteInfo> s_byId = Index();

    private static Dictionary<int, CipherSuiteInfo> Index()
    {
        var d = new Dictionary<int, CipherSuiteInfo>();
        foreach (CipherSuiteInfo c in All)
            d[c.Id] = c;
        return d;
    }

    public static CipherSuiteInfo? ById(int id) => s_byId.GetValueOrDefault(id);

    /// <summary>By OpenSSL name or by RFC name, case-sensitive as OpenSSL.</summary>
    public static CipherSuiteInfo? ByName(string name)
    {
        foreach (CipherSuiteInfo c in All)
            if (c.Name == name || c.StandardName == name)
                return c;
        return null;
    }
}
