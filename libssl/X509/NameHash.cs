using System.Collections.Generic;
using System.IO;
using System.Text;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Digests;

using BcX509Name = Org.BouncyCastle.Asn1.X509.X509Name;

namespace LibSsl.X509;

/// <summary>
/// X509_NAME_hash: the subject hash that names files in a CA directory
/// made by `openssl rehash` (HHHHHHHH.N).  It is the first four bytes,
/// little-endian, of the SHA-1 of the name's canonical encoding: each
/// string value as a UTF8String, lowercased (ASCII only), trimmed, its
/// runs of white space made one space; the RDN sets encoded one after the
/// other without the outer SEQUENCE (OpenSSL's x509_name_canon).
/// </summary>
internal static class NameHash
{
    public static uint Of(BcX509Name name)
    {
        byte[] canon = Canonical(name);
        var sha1 = new Sha1Digest();
        sha1.BlockUpdate(canon, 0, canon.Length);
        var digest = new byte[20];
        sha1.DoFinal(digest, 0);
        return digest[0] | ((uint)digest[1] << 8) | ((uint)digest[2] << 16) | ((uint)digest[3] << 24);
    }

    public static string FileStem(BcX509Name name) => Of(name).ToString("x8");

    private static byte[] Canonical(BcX509Name name)
    {
        var output = new MemoryStream();
        foreach (Asn1Encodable rdn in Asn1Sequence.GetInstance(name.ToAsn1Object()))
        {
            var entries = new List<Asn1Encodable>();
            foreach (Asn1Encodable e in Asn1Set.GetInstance(rdn))
            {
                Asn1Sequence ava = Asn1Sequence.GetInstance(e);
                Asn1Encodable value = ava[1];
                if (value.ToAsn1Object() is DerStringBase s && IsCanonicalisable(s))
                    value = new DerUtf8String(Canon(s.GetString()));
                entries.Add(new DerSequence(ava[0], value));
            }
            byte[] set = new DerSet(entries.ToArray()).GetEncoded(Asn1Encodable.Der);
            output.Write(set, 0, set.Length);
        }
        return output.ToArray();
    }

    // ASN1_MASK_CANON: the string types OpenSSL folds.
    private static bool IsCanonicalisable(DerStringBase s) =>
        s is DerUtf8String or DerBmpString or DerUniversalString or DerPrintableString or DerT61String
            or DerIA5String or DerVisibleString;

    private static string Canon(string value)
    {
        byte[] from = Encoding.UTF8.GetBytes(value);
        int start = 0, end = from.Length;
        while (start < end && IsSpace(from[start]))
            start++;
        while (end > start && IsSpace(from[end - 1]))
            end--;
        var to = new List<byte>(end - start);
        for (int i = start; i < end;)
        {
            byte c = from[i];
            if (c >= 0x80)
            {
                to.Add(c);
                i++;
            }
            else if (IsSpace(c))
            {
                to.Add((byte)' ');
                while (i < end && IsSpace(from[i]))
                    i++;
            }
            else
            {
                to.Add(c >= 'A' && c <= 'Z' ? (byte)(c + 32) : c);
                i++;
            }
        }
        return Encoding.UTF8.GetString(to.ToArray());
    }

    private static bool IsSpace(byte c) => c == ' ' || (c >= '\t' && c <= '\r');
}
