using System;
using System.Globalization;
using LibSsl.Common;
using Org.BouncyCastle.Math;

namespace LibSsl.X509;

/// <summary>
/// ASN1_INTEGER and ASN1_TIME as a certificate hands them out
/// (X509_get_serialNumber(3), X509_get0_notBefore(3)): read-only values
/// that belong to their certificate and die with it.
/// </summary>
internal abstract class Asn1Value : RefCounted
{
}

/// <summary>ASN1_INTEGER: a serial number.</summary>
internal sealed class Asn1Integer : Asn1Value
{
    public Asn1Integer(BigInteger value) => Value = value;

    public BigInteger Value { get; }

    /// <summary>
    /// ASN1_INTEGER_get(3): the value as a C long, or null when it does not
    /// fit (OpenSSL then returns -1 with ASN1_R_TOO_LARGE).
    /// </summary>
    public long? AsLong()
    {
        if (Value.BitLength > 63)
            return null;
        return Value.LongValue;
    }
}

/// <summary>ASN1_TIME: a UTCTime or GeneralizedTime as encoded.</summary>
internal sealed class Asn1Time : Asn1Value
{
    public const int UtcTime = 23;
    public const int GeneralizedTime = 24;

    public Asn1Time(int tag, string text)
    {
        Tag = tag;
        Text = text;
    }

    public int Tag { get; }

    /// <summary>The encoded characters, "YYMMDDHHMMSSZ" or "YYYYMMDDHHMMSS[.fff]Z".</summary>
    public string Text { get; }

    private static readonly string[] s_months =
        { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    /// <summary>
    /// ASN1_TIME_print(3): "Mmm DD HH:MM:SS YYYY GMT" (the day padded with a
    /// space, fractional seconds of a GeneralizedTime kept after the
    /// seconds), or null for a value that is not a valid time.
    /// </summary>
    public string? Format()
    {
        string t = Text;
        int year, at;
        if (Tag == UtcTime && t.Length >= 12)
        {
            if (!Digits(t, 0, 2, out year))
                return null;
            year += year < 50 ? 2000 : 1900;
            at = 2;
        }
        else if (Tag == GeneralizedTime && t.Length >= 14)
        {
            if (!Digits(t, 0, 4, out year))
                return null;
            at = 4;
        }
        else
        {
            return null;
        }
        if (!Digits(t, at, 2, out int month) || !Digits(t, at + 2, 2, out int day) || !Digits(t, at + 4, 2, out int hour)
            || !Digits(t, at + 6, 2, out int minute) || !Digits(t, at + 8, 2, out int second))
            return null;
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23
            || minute > 59 || second > 59)
            return null;
        int rest = at + 10;
        string fraction = "";
        if (Tag == GeneralizedTime && rest < t.Length && t[rest] == '.')
        {
            int end = rest + 1;
            while (end < t.Length && char.IsAsciiDigit(t[end]))
                end++;
            fraction = t.Substring(rest, end - rest);
            rest = end;
        }
        string zone = rest < t.Length && t[rest] == 'Z' ? " GMT" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{s_months[month - 1]} {day,2} {hour:D2}:{minute:D2}:{second:D2}{fraction} {year}{zone}");
    }

    private static bool Digits(string s, int at, int n, out int value)
    {
        value = 0;
        if (at + n > s.Length)
            return false;
        for (int i = at; i < at + n; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
                return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }
}
