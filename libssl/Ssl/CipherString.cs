using System;
using System.Collections.Generic;
using System.Linq;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// OpenSSL's cipher-string language (ciphers(1)) for TLS 1.2 suites, as
/// SSL_CTX_set_cipher_list(3) takes it: names and aliases joined by ':'
/// (or ',' ';' ' '), '+' within a word for an intersection, prefixes
/// '!' (remove for good), '-' (remove), '+' (move to the end), and the
/// commands @STRENGTH and @SECLEVEL=n.  Names we do not know select nothing,
/// as in OpenSSL; the caller fails only if nothing at all is selected.
/// </summary>
internal static class CipherString
{
    private static IEnumerable<CipherSuiteInfo> Tls12 => CipherSuiteInfo.All.Where(c => !c.Tls13);

    public static readonly IReadOnlyList<CipherSuiteInfo> DefaultTls12 = Tls12.ToArray();

    public static readonly IReadOnlyList<CipherSuiteInfo> DefaultTls13 =
        CipherSuiteInfo.All.Where(c => c.Tls13 && c.Enc != "AESCCM128").ToArray();

    /// <summary>Parses a cipher list; null for a malformed command.</summary>
    public static List<CipherSuiteInfo>? Parse(string text)
    {
        var active = new List<CipherSuiteInfo>();
        var killed = new HashSet<int>();
        foreach (string token in text.Split(new[] { ':', ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token[0] == '@')
            {
                if (token == "@STRENGTH")
                    active = active.OrderByDescending(c => c.Bits).ToList();
                else if (!token.StartsWith("@SECLEVEL=", StringComparison.Ordinal))
                    return null;
                continue;
            }

            char op = token[0] is '!' or '-' or '+' ? token[0] : '\0';
            string body = op == '\0' ? token : token.Substring(1);
            HashSet<int> selected = Select(body);
            switch (op)
            {
                case '!':
                    killed.UnionWith(selected);
                    active.RemoveAll(c => selected.Contains(c.Id));
                    break;
                case '-':
                    active.RemoveAll(c => selected.Contains(c.Id));
                    break;
                case '+':
                    var moved = active.Where(c => selected.Contains(c.Id)).ToList();
                    active.RemoveAll(c => selected.Contains(c.Id));
                    active.AddRange(moved);
                    break;
                default:
                    foreach (CipherSuiteInfo c in Tls12)
                        if (selected.Contains(c.Id) && !killed.Contains(c.Id) && !active.Contains(c))
                            active.Add(c);
                    break;
            }
        }
        return active;
    }

    /// <summary>The TLS 1.3 list of SSL_CTX_set_ciphersuites(3); unknown names are skipped.</summary>
    public static List<CipherSuiteInfo> ParseTls13(string text)
    {
        var list = new List<CipherSuiteInfo>();
        foreach (string name in text.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            CipherSuiteInfo? c = CipherSuiteInfo.ByName(name);
            if (c is { Tls13: true } && !list.Contains(c))
                list.Add(c);
        }
        return list;
    }

    private static HashSet<int> Select(string word)
    {
        IEnumerable<CipherSuiteInfo>? set = null;
        foreach (string part in word.Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            IEnumerable<CipherSuiteInfo> one = Alias(part);
            set = set is null ? one : set.Intersect(one);
        }
        return (set ?? Enumerable.Empty<CipherSuiteInfo>()).Select(c => c.Id).ToHashSet();
    }

    private static IEnumerable<CipherSuiteInfo> Alias(string name) => name switch
    {
        "ALL" or "DEFAULT" or "HIGH" or "FIPS" => Tls12,
        "kECDHE" or "kEECDH" or "ECDHE" or "EECDH" => Tls12.Where(c => c.Kx == "ECDHE"),
        "kDHE" or "kEDH" or "DHE" or "EDH" => Tls12.Where(c => c.Kx == "DHE"),
        "kRSA" or "RSA" => Tls12.Where(c => c.Kx == "RSA"),
        "aRSA" => Tls12.Where(c => c.Au == "RSA"),
        "aECDSA" or "ECDSA" => Tls12.Where(c => c.Au == "ECDSA"),
        "AESGCM" => Tls12.Where(c => c.Enc.StartsWith("AESGCM", StringComparison.Ordinal)),
        "AES" => Tls12.Where(c => c.Enc.StartsWith("AES", StringComparison.Ordinal)),
        "AES128" => Tls12.Where(c => c.Enc is "AES128" or "AESGCM128"),
        "AES256" => Tls12.Where(c => c.Enc is "AES256" or "AESGCM256"),
        "CHACHA20" => Tls12.Where(c => c.Enc == "CHACHA20"),
        "SHA1" or "SHA" => Tls12.Where(c => c.Mac == "SHA1"),
        "SHA256" => Tls12.Where(c => c.Mac == "SHA256" || (c.Mac == "AEAD" && c.Bits == 128)),
        "SHA384" => Tls12.Where(c => c.Mac == "SHA384" || (c.Mac == "AEAD" && c.Enc == "AESGCM256")),
        "TLSv1.2" => Tls12.Where(c => c.Mac != "SHA1"),
        "TLSv1.0" or "TLSv1" or "SSLv3" => Tls12.Where(c => c.Mac == "SHA1"),
        _ => Tls12.Where(c => c.Name == name),
    };
}
