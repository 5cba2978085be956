using System;
using System.Collections.Generic;

namespace LibSsl.Ssl;

/// <summary>What a server's ALPN callback decided (SSL_CTX_set_alpn_select_cb(3)).</summary>
internal enum AlpnVerdict
{
    /// <summary>SSL_TLSEXT_ERR_OK: use the protocol chosen.</summary>
    Selected = 0,

    /// <summary>SSL_TLSEXT_ERR_ALERT_FATAL: fail with no_application_protocol.</summary>
    Fatal = 2,

    /// <summary>SSL_TLSEXT_ERR_NOACK: answer without ALPN.</summary>
    NoAck = 3,
}

/// <summary>
/// A server's choice among the client's protocols, given in wire format
/// (each name preceded by its length byte), as the C callback sees them.
/// </summary>
internal delegate AlpnVerdict AlpnSelector(Ssl ssl, byte[] offered, out byte[]? selected);

/// <summary>
/// ALPN protocol lists in wire format, RFC 7301: a sequence of names, each
/// preceded by its length in one byte, none empty.
/// </summary>
internal static class Alpn
{
    public const int Negotiated = 1;
    public const int NoOverlap = 2;

    /// <summary>The names of a wire-format list; null when it is malformed or empty.</summary>
    public static List<byte[]>? Parse(ReadOnlySpan<byte> wire)
    {
        var names = new List<byte[]>();
        int i = 0;
        while (i < wire.Length)
        {
            int n = wire[i];
            if (n == 0 || i + 1 + n > wire.Length)
                return null;
            names.Add(wire.Slice(i + 1, n).ToArray());
            i += 1 + n;
        }
        return names.Count == 0 ? null : names;
    }

    public static byte[] Encode(IEnumerable<byte[]> names)
    {
        var bytes = new List<byte>();
        foreach (byte[] name in names)
        {
            bytes.Add((byte)name.Length);
            bytes.AddRange(name);
        }
        return bytes.ToArray();
    }

    /// <summary>
    /// SSL_select_next_proto(3): the first of the server's names that the
    /// client also offers; otherwise, NoOverlap with the client's first
    /// name.  As LibreSSL documents, a malformed list (either one) is
    /// NoOverlap with no name (offset -1).  Returns the offset and length of
    /// the chosen name inside the list it comes from.
    /// </summary>
    public static int SelectNext(ReadOnlySpan<byte> server, ReadOnlySpan<byte> client,
        out bool fromServer, out int offset, out int length)
    {
        fromServer = false;
        offset = -1;
        length = 0;
        if (Parse(server) is null || Parse(client) is null)
            return NoOverlap;
        for (int i = 0; i < server.Length; i += 1 + server[i])
        {
            ReadOnlySpan<byte> s = server.Slice(i + 1, server[i]);
            for (int j = 0; j < client.Length; j += 1 + client[j])
            {
                if (s.SequenceEqual(client.Slice(j + 1, client[j])))
                {
                    fromServer = true;
                    offset = i + 1;
                    length = server[i];
                    return Negotiated;
                }
            }
        }
        offset = 1;
        length = client[0];
        return NoOverlap;
    }
}
