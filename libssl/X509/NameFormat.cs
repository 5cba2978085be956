using System.Collections.Generic;

namespace LibSsl.X509;

/// <summary>
/// X509_NAME_print_ex(3): a distinguished name printed under the XN_FLAG_*
/// and ASN1_STRFLGS_* flags, reproducing OpenSSL's do_name_ex/do_print_ex
/// (crypto/asn1/a_strex.c) byte for byte: separators, field names, RFC 2253
/// escaping, quoting, \XX, \UXXXX and \WXXXXXXXX escapes, #hex dumps.
/// </summary>
internal static class NameFormat
{
    // ASN1_STRFLGS_* and XN_FLAG_* (x509.h).
    public const uint Esc2253 = 1, EscCtrl = 2, EscMsb = 4, EscQuote = 8, Utf8Convert = 0x10;
    public const uint IgnoreType = 0x20, ShowType = 0x40, DumpAll = 0x80, DumpUnknown = 0x100, DumpDer = 0x200;
    public const uint Esc2254 = 0x400;
    private const uint EscFlags = Esc2253 | Esc2254 | EscQuote | EscCtrl | EscMsb;
    public const uint SepMask = 0xfu << 16, SepCommaPlus = 1u << 16, SepCplusSpc = 2u << 16;
    public const uint SepSplusSpc = 3u << 16, SepMultiline = 4u << 16;
    public const uint DnRev = 1u << 20, FnMask = 3u << 21, FnSn = 0, FnLn = 1u << 21, FnOid = 2u << 21, FnNone = 3u << 21;
    public const uint SpcEq = 1u << 23, DumpUnknownFields = 1u << 24, FnAlign = 1u << 25;

    // Not flags a caller passes: how an escape is chosen for the first and last characters.
    private const uint FirstEsc2253 = 0x20, LastEsc2253 = 0x40;
    private const uint BsEsc = Esc2253 | FirstEsc2253 | LastEsc2253;
    private const int FnWidthLn = 25, FnWidthSn = 10;
    private const int ConvUtf8 = 8;

    // OpenSSL's charmap.h: the escapes each ASCII character needs.
    private static readonly ushort[] s_charType =
    {
        1026, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        120, 0, 1, 40, 0, 0, 0, 16, 1040, 1040, 1024, 25, 25, 16, 16, 16,
        16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 9, 9, 16, 9, 16,
        0, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
        16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 0, 1025, 0, 0, 0,
        0, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16,
        16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 0, 0, 0, 0, 2,
    };

    // Bytes per character of each string type: 0 UTF-8, -1 not a string.
    private static readonly sbyte[] s_tagWidth =
    {
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, 0, -1, -1, -1, -1, -1, 1, 1,
        1, -1, 1, 1, 1, -1, 1, -1, 4, -1, 2,
    };

    private static readonly string[] s_tagNames =
    {
        "EOC", "BOOLEAN", "INTEGER", "BIT STRING", "OCTET STRING", "NULL", "OBJECT", "OBJECT DESCRIPTOR",
        "EXTERNAL", "REAL", "ENUMERATED", "<ASN1 11>", "UTF8STRING", "<ASN1 13>", "<ASN1 14>", "<ASN1 15>",
        "SEQUENCE", "SET", "NUMERICSTRING", "PRINTABLESTRING", "T61STRING", "VIDEOTEXSTRING", "IA5STRING",
        "UTCTIME", "GENERALIZEDTIME", "GRAPHICSTRING", "VISIBLESTRING", "GENERALSTRING", "UNIVERSALSTRING",
        "<ASN1 29>", "BMPSTRING",
    };

    /// <summary>
    /// The bytes X509_NAME_print_ex writes for <paramref name="name"/> and
    /// its return value: the number of characters written (indent included),
    /// or -1 (for an unknown separator or a malformed string, after what
    /// was written so far).  Flags 0 (XN_FLAG_COMPAT) is X509_NAME_print's
    /// form, which returns 1.
    /// </summary>
    public static int Print(X509Name name, int indent, ulong flags64, List<byte> output)
    {
        uint flags = (uint)flags64;
        if (flags64 == 0)
            return PrintCompat(name, output);
        if (indent < 0)
            indent = 0;
        int outlen = indent;
        Spaces(output, indent);
        string sepDn, sepMv;
        switch (flags & SepMask)
        {
            case SepMultiline: sepDn = "\n"; sepMv = " + "; break;
            case SepCommaPlus: sepDn = ","; sepMv = "+"; indent = 0; break;
            case SepCplusSpc: sepDn = ", "; sepMv = " + "; indent = 0; break;
            case SepSplusSpc: sepDn = "; "; sepMv = " + "; indent = 0; break;
            default: return -1;
        }
        string sepEq = (flags & SpcEq) != 0 ? " = " : "=";
        uint fnOpt = flags & FnMask;
        IReadOnlyList<X509Name.Entry> entries = name.Entries;
        int count = entries.Count;
        int prev = -1;
        for (int i = 0; i < count; i++)
        {
            X509Name.Entry e = (flags & DnRev) != 0 ? entries[count - i - 1] : entries[i];
            if (prev != -1)
            {
                if (prev == e.Set)
                {
                    Ascii(output, sepMv);
                    outlen += sepMv.Length;
                }
                else
                {
                    Ascii(output, sepDn);
                    outlen += sepDn.Length;
                    Spaces(output, indent);
                    outlen += indent;
                }
            }
            prev = e.Set;
            ObjectNames.Entry? known = e.Known;
            if (fnOpt != FnNone)
            {
                string field;
                int width;
                if (fnOpt == FnOid || known is null)
                {
                    field = e.Oid;
                    width = 0;
                }
                else if (fnOpt == FnSn)
                {
                    field = known.ShortName;
                    width = FnWidthSn;
                }
                else if (fnOpt == FnLn)
                {
                    field = known.LongName;
                    width = FnWidthLn;
                }
                else
                {
                    field = "";
                    width = 0;
                }
                Ascii(output, field);
                if (field.Length < width && (flags & FnAlign) != 0)
                {
                    Spaces(output, width - field.Length);
                    outlen += width - field.Length;
                }
                Ascii(output, sepEq);
                outlen += field.Length + sepEq.Length;
            }
            uint orFlags = known is null && (flags & DumpUnknownFields) != 0 ? DumpAll : 0;
            int len = PrintString(e, flags | orFlags, output);
            if (len < 0)
                return -1;
            outlen += len;
        }
        return outlen;
    }

    /// <summary>do_print_ex: one value under the string flags.</summary>
    private static int PrintString(X509Name.Entry e, uint lflags, List<byte> output)
    {
        uint flags = lflags & EscFlags;
        int type = e.Tag;
        int outlen = 0;
        if ((lflags & ShowType) != 0)
        {
            string tagName = type < s_tagNames.Length ? s_tagNames[type] : "(unknown)";
            Ascii(output, tagName);
            output.Add((byte)':');
            outlen += tagName.Length + 1;
        }
        if ((lflags & DumpAll) != 0)
        {
            type = -1;
        }
        else if ((lflags & IgnoreType) != 0)
        {
            type = 1;
        }
        else
        {
            type = type > 0 && type < 31 ? s_tagWidth[type] : -1;
            if (type == -1 && (lflags & DumpUnknown) == 0)
                type = 1;
        }
        if (type == -1)
        {
            byte[] dump = (lflags & DumpDer) != 0 ? e.Der : e.Content;
            output.Add((byte)'#');
            foreach (byte b in dump)
            {
                output.Add((byte)X509Name.Hex[b >> 4]);
                output.Add((byte)X509Name.Hex[b & 15]);
            }
            return outlen + dump.Length * 2 + 1;
        }
        if ((lflags & Utf8Convert) != 0)
            type = type == 0 ? 1 : type | ConvUtf8;
        bool quotes = false;
        var body = new List<byte>();
        int len = Escape(e.Content, type, flags, ref quotes, body);
        if (len < 0)
            return -1;
        outlen += len + (quotes ? 2 : 0);
        if (quotes)
            output.Add((byte)'"');
        output.AddRange(body);
        if (quotes)
            output.Add((byte)'"');
        return outlen;
    }

    /// <summary>do_buf: decodes characters of the given width and escapes each.</summary>
    private static int Escape(byte[] buf, int type, uint flags, ref bool quotes, List<byte> output)
    {
        int width = type & 7;
        if ((width == 4 && buf.Length % 4 != 0) || (width == 2 && buf.Length % 2 != 0))
            return -1;
        int p = 0, outlen = 0;
        while (p != buf.Length)
        {
            uint orFlags = p == 0 && (flags & Esc2253) != 0 ? FirstEsc2253 : 0;
            uint c;
            switch (width)
            {
                case 4:
                    c = (uint)buf[p] << 24 | (uint)buf[p + 1] << 16 | (uint)buf[p + 2] << 8 | buf[p + 3];
                    p += 4;
                    break;
                case 2:
                    c = (uint)buf[p] << 8 | buf[p + 1];
                    p += 2;
                    break;
                case 1:
                    c = buf[p++];
                    break;
                case 0:
                    int n = Utf8.Decode(buf, p, out c);
                    if (n < 0)
                        return -1;
                    p += n;
                    break;
                default:
                    return -1;
            }
            // As in OpenSSL, the last character's flag replaces the first's
            // (a one-character value is escaped as a last character only).
            if (p == buf.Length && (flags & Esc2253) != 0)
                orFlags = LastEsc2253;
            if ((type & ConvUtf8) != 0)
            {
                foreach (byte b in Utf8.Encode(c))
                {
                    int len = EscapeChar(b, flags | orFlags, ref quotes, output);
                    if (len < 0)
                        return -1;
                    outlen += len;
                }
            }
            else
            {
                int len = EscapeChar(c, flags | orFlags, ref quotes, output);
                if (len < 0)
                    return -1;
                outlen += len;
            }
        }
        return outlen;
    }

    /// <summary>do_esc_char.</summary>
    private static int EscapeChar(uint c, uint flags, ref bool quotes, List<byte> output)
    {
        if (c > 0xffff)
        {
            Ascii(output, "\\W" + c.ToString("X8"));
            return 10;
        }
        if (c > 0xff)
        {
            Ascii(output, "\\U" + c.ToString("X4"));
            return 6;
        }
        byte ch = (byte)c;
        uint chflags = ch > 0x7f ? flags & EscMsb : s_charType[ch] & flags;
        if ((chflags & BsEsc) != 0)
        {
            if ((chflags & EscQuote) != 0)
            {
                quotes = true;
                output.Add(ch);
                return 1;
            }
            output.Add((byte)'\\');
            output.Add(ch);
            return 2;
        }
        if ((chflags & (EscCtrl | EscMsb | Esc2254)) != 0)
        {
            output.Add((byte)'\\');
            output.Add((byte)X509Name.Hex[ch >> 4]);
            output.Add((byte)X509Name.Hex[ch & 15]);
            return 3;
        }
        if (ch == '\\' && (flags & EscFlags) != 0)
        {
            output.Add((byte)'\\');
            output.Add((byte)'\\');
            return 2;
        }
        output.Add(ch);
        return 1;
    }

    /// <summary>
    /// X509_NAME_print: the oneline form without its first '/', each '/'
    /// that starts a field of one or two capital letters turned into ", ".
    /// </summary>
    private static int PrintCompat(X509Name name, List<byte> output)
    {
        byte[] b = name.Oneline();
        if (b.Length == 0)
            return 1;
        int s = 1, c = 1;
        while (true)
        {
            bool end = s == b.Length;
            if (end || (b[s] == '/' && IsUpper(b, s + 1)
                && ((s + 2 < b.Length && b[s + 2] == '=') || (IsUpper(b, s + 2) && s + 3 < b.Length && b[s + 3] == '='))))
            {
                for (int k = c; k < s; k++)
                    output.Add(b[k]);
                c = s + 1;
                if (!end)
                    Ascii(output, ", ");
            }
            if (end)
                break;
            s++;
        }
        return 1;
    }

    private static bool IsUpper(byte[] b, int i) => i < b.Length && b[i] >= 'A' && b[i] <= 'Z';

    private static void Ascii(List<byte> output, string text)
    {
        foreach (char ch in text)
            output.Add((byte)ch);
    }

    private static void Spaces(List<byte> output, int n)
    {
        for (int i = 0; i < n; i++)
            output.Add((byte)' ');
    }
}

/// <summary>OpenSSL's UTF8_getc/UTF8_putc: up to six-byte sequences, no other checks.</summary>
internal static class Utf8
{
    /// <summary>Bytes consumed, or -1 for a malformed or truncated sequence.</summary>
    public static int Decode(byte[] s, int p, out uint value)
    {
        value = 0;
        int left = s.Length - p;
        if (left <= 0)
            return -1;
        byte b = s[p];
        int n;
        uint v;
        if ((b & 0x80) == 0) { value = b; return 1; }
        else if ((b & 0xe0) == 0xc0) { n = 2; v = (uint)(b & 0x1f); }
        else if ((b & 0xf0) == 0xe0) { n = 3; v = (uint)(b & 0x0f); }
        else if ((b & 0xf8) == 0xf0) { n = 4; v = (uint)(b & 0x07); }
        else if ((b & 0xfc) == 0xf8) { n = 5; v = (uint)(b & 0x03); }
        else if ((b & 0xfe) == 0xfc) { n = 6; v = (uint)(b & 0x01); }
        else return -1;
        if (left < n)
            return -1;
        for (int i = 1; i < n; i++)
        {
            if ((s[p + i] & 0xc0) != 0x80)
                return -1;
            v = (v << 6) | (uint)(s[p + i] & 0x3f);
        }
        uint[] min = { 0, 0, 0x80, 0x800, 0x10000, 0x200000, 0x4000000 };
        if (v < min[n])
            return -1;
        value = v;
        return n;
    }

    public static byte[] Encode(uint c)
    {
        if (c < 0x80) return new[] { (byte)c };
        if (c < 0x800) return new[] { (byte)(0xc0 | (c >> 6)), (byte)(0x80 | (c & 0x3f)) };
        if (c < 0x10000)
            return new[] { (byte)(0xe0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3f)), (byte)(0x80 | (c & 0x3f)) };
        if (c < 0x200000)
            return new[]
            {
                (byte)(0xf0 | (c >> 18)), (byte)(0x80 | ((c >> 12) & 0x3f)), (byte)(0x80 | ((c >> 6) & 0x3f)),
                (byte)(0x80 | (c & 0x3f)),
            };
        if (c < 0x4000000)
            return new[]
            {
                (byte)(0xf8 | (c >> 24)), (byte)(0x80 | ((c >> 18) & 0x3f)), (byte)(0x80 | ((c >> 12) & 0x3f)),
                (byte)(0x80 | ((c >> 6) & 0x3f)), (byte)(0x80 | (c & 0x3f)),
            };
        return new[]
        {
            (byte)(0xfc | (c >> 30)), (byte)(0x80 | ((c >> 24) & 0x3f)), (byte)(0x80 | ((c >> 18) & 0x3f)),
            (byte)(0x80 | ((c >> 12) & 0x3f)), (byte)(0x80 | ((c >> 6) & 0x3f)), (byte)(0x80 | (c & 0x3f)),
        };
    }
}
