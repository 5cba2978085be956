using System;
using System.Net;
using System.Text;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

using BcX509Name = Org.BouncyCastle.Asn1.X509.X509Name;

namespace LibSsl.X509;

/// <summary>
/// X509_check_host(3) and X509_check_ip(3) as OpenSSL does them (RFC 6125):
/// dNSName subject alternative names first; the subject's common names only
/// when there is no dNSName (and X509_CHECK_FLAG_NEVER_CHECK_SUBJECT is not
/// set); a wildcard only in the left-most label, matching one whole label
/// or (unless X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS) a label's start or end;
/// ASCII case-insensitive; addresses only against iPAddress names.
/// </summary>
internal static class HostnameMatch
{
    public const uint AlwaysCheckSubject = 0x1;
    public const uint NoWildcards = 0x2;
    public const uint NoPartialWildcards = 0x4;
    public const uint MultiLabelWildcards = 0x8;
    public const uint SingleLabelSubdomains = 0x10;
    public const uint NeverCheckSubject = 0x20;

    /// <summary>1 on a match (with the name that matched), 0 on none.</summary>
    public static int CheckHost(CertificateFacts cert, string host, uint flags, out string? matched)
    {
        matched = null;
        bool sawDns = false;
        if (cert.AltNames is not null)
        {
            foreach (GeneralName name in cert.AltNames)
            {
                if (name.TagNo != GeneralName.DnsName)
                    continue;
                sawDns = true;
                if (name.Name is not DerIA5String ia5)
                    continue;
                string pattern = ia5.GetString();
                if (Matches(pattern, host, flags))
                {
                    matched = pattern;
                    return 1;
                }
            }
        }
        if ((sawDns && (flags & AlwaysCheckSubject) == 0) || (flags & NeverCheckSubject) != 0)
            return 0;
        // Each common name in turn; any match wins.
        var values = cert.Subject.GetValueList(BcX509Name.CN);
        foreach (string cn in values)
        {
            if (Matches(cn, host, flags))
            {
                matched = cn;
                return 1;
            }
        }
        return 0;
    }

    /// <summary>X509_check_ip(3): 1 when an iPAddress name equals <paramref name="address"/> byte for byte.</summary>
    public static int CheckIp(CertificateFacts cert, byte[] address)
    {
        if (cert.AltNames is null)
            return 0;
        foreach (GeneralName name in cert.AltNames)
        {
            if (name.TagNo != GeneralName.IPAddress)
                continue;
            byte[] value = Asn1OctetString.GetInstance(name.Name).GetOctets();
            if (value.AsSpan().SequenceEqual(address))
                return 1;
        }
        return 0;
    }

    /// <summary>
    /// X509_VERIFY_PARAM_set1_ip_asc(3)'s parser: a dotted IPv4 address or an
    /// IPv6 address, as 4 or 16 bytes; null for anything else.
    /// </summary>
    public static byte[]? ParseAddress(string text)
    {
        if (text.Length == 0)
            return null;
        if (text.Contains(':'))
        {
            if (text.Contains('%') || !IPAddress.TryParse(text, out IPAddress? v6)
                || v6.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
                return null;
            return v6.GetAddressBytes();
        }
        // Strictly four decimal parts of at most 3 digits, each up to 255,
        // as OpenSSL's ipv4_from_asc reads them (no "127.1" shorthand).
        string[] parts = text.Split('.');
        if (parts.Length != 4)
            return null;
        var bytes = new byte[4];
        for (int i = 0; i < 4; i++)
        {
            string p = parts[i];
            if (p.Length == 0 || p.Length > 3)
                return null;
            int v = 0;
            foreach (char c in p)
            {
                if (c < '0' || c > '9')
                    return null;
                v = v * 10 + (c - '0');
            }
            if (v > 255)
                return null;
            bytes[i] = (byte)v;
        }
        return bytes;
    }

    /// <summary>One presented identifier against the reference name (OpenSSL's equal_wildcard).</summary>
    public static bool Matches(string pattern, string host, uint flags)
    {
        byte[] p = Encoding.UTF8.GetBytes(pattern);
        byte[] s = Encoding.UTF8.GetBytes(host);
        int star = -1;
        if ((flags & NoWildcards) == 0 && !(s.Length > 1 && s[0] == '.'))
            star = ValidStar(p, flags);
        if (star < 0)
            return EqualNoCase(p, s);
        return WildcardMatch(p.AsSpan(0, star), p.AsSpan(star + 1), s, flags);
    }

    private static bool EqualNoCase(ReadOnlySpan<byte> pattern, ReadOnlySpan<byte> subject)
    {
        if (pattern.Length != subject.Length)
            return false;
        for (int i = 0; i < pattern.Length; i++)
        {
            byte l = pattern[i], r = subject[i];
            if (l == 0)
                return false;
            if (Lower(l) != Lower(r))
                return false;
        }
        return true;
    }

    private static byte Lower(byte b) => b >= 'A' && b <= 'Z' ? (byte)(b - 'A' + 'a') : b;

    private static bool StartsXn(ReadOnlySpan<byte> s) =>
        s.Length >= 4 && Lower(s[0]) == 'x' && Lower(s[1]) == 'n' && s[2] == '-' && s[3] == '-';

    private static bool WildcardMatch(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> suffix,
        ReadOnlySpan<byte> subject, uint flags)
    {
        if (subject.Length < prefix.Length + suffix.Length)
            return false;
        if (!EqualNoCase(prefix, subject[..prefix.Length]))
            return false;
        int wildStart = prefix.Length;
        int wildEnd = subject.Length - suffix.Length;
        if (!EqualNoCase(subject[wildEnd..], suffix))
            return false;
        bool allowMulti = false, allowIdna = false;
        // A wildcard that is the whole first label must match at least one character.
        if (prefix.Length == 0 && suffix.Length > 0 && suffix[0] == '.')
        {
            if (wildStart == wildEnd)
                return false;
            allowIdna = true;
            allowMulti = (flags & MultiLabelWildcards) != 0;
        }
        // IDNA labels cannot match partial wildcards.
        if (!allowIdna && StartsXn(subject))
            return false;
        // The wildcard may match a literal '*'.
        if (wildEnd == wildStart + 1 && subject[wildStart] == '*')
            return true;
        for (int i = wildStart; i < wildEnd; i++)
        {
            byte c = subject[i];
            bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || c == '-' || (allowMulti && c == '.');
            if (!ok)
                return false;
        }
        return true;
    }

    // OpenSSL's valid_star(): the index of the one legal '*', or -1.
    private static int ValidStar(byte[] p, uint flags)
    {
        const int LabelStart = 1, LabelIdna = 2, LabelHyphen = 4;
        int star = -1;
        int state = LabelStart;
        int dots = 0;
        for (int i = 0; i < p.Length; i++)
        {
            byte c = p[i];
            if (c == '*')
            {
                bool atStart = (state & LabelStart) != 0;
                bool atEnd = i == p.Length - 1 || p[i + 1] == '.';
                if (star >= 0 || (state & LabelIdna) != 0 || dots != 0)
                    return -1;
                if ((flags & NoPartialWildcards) != 0 && (!atStart || !atEnd))
                    return -1;
                if (!atStart && !atEnd)
                    return -1;
                star = i;
                state &= ~LabelStart;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            {
                if ((state & LabelStart) != 0 && StartsXn(p.AsSpan(i)))
                    state |= LabelIdna;
                state &= ~(LabelHyphen | LabelStart);
            }
            else if (c == '.')
            {
                if ((state & (LabelHyphen | LabelStart)) != 0)
                    return -1;
                state = LabelStart;
                dots++;
            }
            else if (c == '-')
            {
                if ((state & LabelStart) != 0)
                    return -1;
                state |= LabelHyphen;
            }
            else
            {
                return -1;
            }
        }
        if ((state & (LabelStart | LabelHyphen)) != 0 || dots < 2)
            return -1;
        return star;
    }
}
