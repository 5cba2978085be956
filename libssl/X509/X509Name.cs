using System;
using System.Collections.Generic;
using LibSsl.Common;
using Org.BouncyCastle.Asn1;

namespace LibSsl.X509;

/// <summary>
/// X509_NAME: a distinguished name as the certificate encodes it, entry by
/// entry (X509_get_subject_name(3)).  The text forms are OpenSSL's, byte for
/// byte: <see cref="Oneline"/> is X509_NAME_oneline(3) and
/// <see cref="Print"/> is X509_NAME_print_ex(3) (see NameFormat).  A name
/// taken from a certificate belongs to it and dies with it.
/// </summary>
internal sealed class X509Name : RefCounted
{
    /// <summary>One attribute: its type, the string's ASN.1 tag, the string's content octets, its RDN.</summary>
    public sealed record Entry(string Oid, int Nid, int Tag, byte[] Content, byte[] Der, int Set)
    {
        public ObjectNames.Entry? Known => ObjectNames.ByOid(Oid);
    }

    public X509Name(IReadOnlyList<Entry> entries) => Entries = entries;

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The entries of a DER-encoded Name (SEQUENCE OF SET OF AttributeTypeAndValue).</summary>
    public static X509Name FromAsn1(Asn1Encodable name)
    {
        var entries = new List<Entry>();
        int set = 0;
        foreach (Asn1Encodable rdn in Asn1Sequence.GetInstance(name.ToAsn1Object()))
        {
            foreach (Asn1Encodable atv in Asn1Set.GetInstance(rdn.ToAsn1Object()))
            {
                var seq = Asn1Sequence.GetInstance(atv.ToAsn1Object());
                string oid = DerObjectIdentifier.GetInstance(seq[0]).Id;
                byte[] der = seq[1].ToAsn1Object().GetEncoded(Asn1Encodable.Der);
                (int tag, byte[] content) = SplitTlv(der);
                entries.Add(new Entry(oid, ObjectNames.ByOid(oid)?.Nid ?? ObjectNames.NidUndef, tag, content, der, set));
            }
            set++;
        }
        return new X509Name(entries);
    }

    /// <summary>The tag number and content octets of one DER element.</summary>
    private static (int Tag, byte[] Content) SplitTlv(byte[] der)
    {
        int tag = der[0] & 0x1f;
        int i = 1;
        int length = der[i++];
        if ((length & 0x80) != 0)
        {
            int n = length & 0x7f;
            length = 0;
            while (n-- > 0)
                length = (length << 8) | der[i++];
        }
        return (tag, der.AsSpan(i, length).ToArray());
    }

    /// <summary>
    /// X509_NAME_oneline(3): "/C=DE/O=Example/CN=host", entries of one
    /// multi-valued RDN joined by '+'; '/' and '+' in values escaped with a
    /// backslash, other bytes outside ' '..'~' as \xHH.  Only whole entries
    /// are kept within <paramref name="limit"/> characters.
    /// </summary>
    public byte[] Oneline(int limit = int.MaxValue)
    {
        var output = new List<byte>();
        int prevSet = -1;
        foreach (Entry e in Entries)
        {
            var part = new List<byte>();
            part.Add((byte)(prevSet == e.Set ? '+' : '/'));
            prevSet = e.Set;
            foreach (char ch in e.Known?.ShortName ?? e.Oid)
                part.Add((byte)ch);
            part.Add((byte)'=');
            byte[] q = e.Content;
            bool[] take = GeneralStringMask(e.Tag, q);
            for (int j = 0; j < q.Length; j++)
            {
                if (!take[j & 3])
                    continue;
                byte n = q[j];
                if (n < ' ' || n > '~')
                {
                    part.Add((byte)'\\');
                    part.Add((byte)'x');
                    part.Add((byte)Hex[n >> 4]);
                    part.Add((byte)Hex[n & 15]);
                }
                else
                {
                    if (n == '/' || n == '+')
                        part.Add((byte)'\\');
                    part.Add(n);
                }
            }
            if (output.Count + part.Count > limit)
                break;
            output.AddRange(part);
        }
        return output.ToArray();
    }

    public const string Hex = "0123456789ABCDEF";

    // OpenSSL reads a GeneralString whose length is a multiple of 4 and
    // whose other bytes are all zero as UCS-4, keeping every fourth byte.
    private static bool[] GeneralStringMask(int tag, byte[] q)
    {
        const int GeneralString = 27;
        var doit = new[] { true, true, true, true };
        if (tag != GeneralString || q.Length % 4 != 0)
            return doit;
        var nonzero = new bool[4];
        for (int j = 0; j < q.Length; j++)
            if (q[j] != 0)
                nonzero[j & 3] = true;
        if (nonzero[0] || nonzero[1] || nonzero[2])
            return doit;
        return new[] { false, false, false, true };
    }

    /// <summary>
    /// X509_NAME_get_text_by_NID(3): the content octets of the first entry
    /// of type <paramref name="nid"/>, or null.
    /// </summary>
    public byte[]? TextByNid(int nid)
    {
        if (nid == ObjectNames.NidUndef)
            return null;
        foreach (Entry e in Entries)
            if (e.Nid == nid)
                return e.Content;
        return null;
    }
}
