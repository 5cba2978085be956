using System;
using System.Collections.Generic;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// The key-exchange groups we know: their TLS code point, the names
/// SSL_CTX_set1_groups_list(3) accepts, and the NID SSL_get_negotiated_group
/// reports (TLSEXT_nid_unknown | code point for a group without one).
/// </summary>
internal static class NamedGroups
{
    private const int NidUnknown = 0x1000000;

    private sealed record Group(int Id, int Nid, string[] Names);

    private static readonly Group[] s_groups =
    {
        new(NamedGroup.x25519, 1034, new[] { "X25519", "x25519" }),
        new(NamedGroup.X25519MLKEM768, NidUnknown | NamedGroup.X25519MLKEM768, new[] { "X25519MLKEM768" }),
        new(NamedGroup.secp256r1, 415, new[] { "P-256", "prime256v1", "secp256r1" }),
        new(NamedGroup.x448, 1035, new[] { "X448", "x448" }),
        new(NamedGroup.secp521r1, 716, new[] { "P-521", "secp521r1" }),
        new(NamedGroup.secp384r1, 715, new[] { "P-384", "secp384r1" }),
        new(NamedGroup.ffdhe2048, 1126, new[] { "ffdhe2048" }),
        new(NamedGroup.ffdhe3072, 1127, new[] { "ffdhe3072" }),
        new(NamedGroup.ffdhe4096, 1128, new[] { "ffdhe4096" }),
        new(NamedGroup.ffdhe6144, 1129, new[] { "ffdhe6144" }),
        new(NamedGroup.ffdhe8192, 1130, new[] { "ffdhe8192" }),
    };

    /// <summary>
    /// What a client offers and a server accepts when nothing narrows it:
    /// X25519 first (its key share goes in the first ClientHello), then the
    /// hybrid post-quantum X25519MLKEM768 for peers that prefer it, then the
    /// NIST curves and X448 in OpenSSL's order.
    /// </summary>
    public static readonly int[] Default =
    {
        NamedGroup.x25519, NamedGroup.X25519MLKEM768, NamedGroup.secp256r1, NamedGroup.x448,
        NamedGroup.secp521r1, NamedGroup.secp384r1,
    };

    /// <summary>A colon-separated list of group names; null when a name is unknown or the list is empty.</summary>
    public static int[]? ParseList(string text)
    {
        var ids = new List<int>();
        foreach (string name in text.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            Group? g = Array.Find(s_groups, x => Array.Exists(x.Names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));
            if (g is null)
                return null;
            if (!ids.Contains(g.Id))
                ids.Add(g.Id);
        }
        return ids.Count == 0 ? null : ids.ToArray();
    }

    /// <summary>The NID OpenSSL reports for a group code point; 0 for none.</summary>
    public static int Nid(int id)
    {
        if (id < 0)
            return 0;
        Group? g = Array.Find(s_groups, x => x.Id == id);
        return g?.Nid ?? (NidUnknown | id);
    }
}
