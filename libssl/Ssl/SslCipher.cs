using System.Collections.Concurrent;
using LibSsl.Common;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// SSL_CIPHER: a constant description of one cipher suite.  One object per
/// suite for the life of the process, so the pointer SSL_get_current_cipher
/// returns stays valid after the SSL is freed, as in OpenSSL.
/// </summary>
internal sealed class SslCipher : RefCounted
{
    private static readonly ConcurrentDictionary<int, SslCipher> s_all = new();

    private SslCipher(CipherSuiteInfo info) => Info = info;

    public CipherSuiteInfo Info { get; }

    public string Name => Info.Name;

    public static SslCipher? ForSuite(int id)
    {
        CipherSuiteInfo? info = CipherSuiteInfo.ById(id);
        return info is null ? null : s_all.GetOrAdd(id, _ => new SslCipher(info));
    }
}
