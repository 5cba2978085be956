using System.Collections.Generic;
using System.Text;
using LibSsl.X509;
using NUnit.Framework;
using Org.BouncyCastle.Asn1;

namespace LibSsl.Tests.X509;

/// <summary>
/// X509_NAME_oneline and X509_NAME_print_ex against OpenSSL 3's output for
/// names the C scenario's certificates cannot carry: BMPString and
/// UniversalString values (\UXXXX, \WXXXXXXXX), a one-character "#" value,
/// backslashes, control characters, a leading space, an attribute type
/// OpenSSL has no name for (dumped as #DER under RFC 2253), a multi-valued
/// RDN and an empty name.  The expected texts were printed by Debian's
/// OpenSSL 3.0 (d2i_X509_NAME of the same DER); \xHH stands for a byte.
/// </summary>
[TestFixture]
public class NameFormatTests
{
    // name, DER, flags (-2: X509_NAME_oneline), OpenSSL's return value, OpenSSL's text.
    private static readonly object[] Cases =
    {
        new object[] { "bmp", "3011310f300d06035504031e06004100e920ac", -2L, -1, @"/CN=\x5cx00A\x5cx00\x5cxE9 \x5cxAC" },
        new object[] { "bmp", "3011310f300d06035504031e06004100e920ac", 0x0L, 1, @"CN=\x5cx00A\x5cx00\x5cxE9 \x5cxAC" },
        new object[] { "bmp", "3011310f300d06035504031e06004100e920ac", 0x82031fL, 21, @"CN = A\x5cC3\x5cA9\x5cE2\x5c82\x5cAC" },
        new object[] { "bmp", "3011310f300d06035504031e06004100e920ac", 0x1110317L, 19, @"CN=A\x5cC3\x5cA9\x5cE2\x5c82\x5cAC" },
        new object[] { "bmp", "3011310f300d06035504031e06004100e920ac", 0x2a40006L, 38, @"commonName                = A\x5cE9\x5cU20AC" },
        new object[] { "bmp", "3011310f300d06035504031e06004100e920ac", 0x20000L, 11, @"CN=A\xe9\x5cU20AC" },
        new object[] { "universal", "30133111300f06035504031c08000000780001f600", -2L, -1, @"/CN=\x5cx00\x5cx00\x5cx00x\x5cx00\x5cx01\x5cxF6\x5cx00" },
        new object[] { "universal", "30133111300f06035504031c08000000780001f600", 0x0L, 1, @"CN=\x5cx00\x5cx00\x5cx00x\x5cx00\x5cx01\x5cxF6\x5cx00" },
        new object[] { "universal", "30133111300f06035504031c08000000780001f600", 0x82031fL, 18, @"CN = x\x5cF0\x5c9F\x5c98\x5c80" },
        new object[] { "universal", "30133111300f06035504031c08000000780001f600", 0x1110317L, 16, @"CN=x\x5cF0\x5c9F\x5c98\x5c80" },
        new object[] { "universal", "30133111300f06035504031c08000000780001f600", 0x2a40006L, 39, @"commonName                = x\x5cW0001F600" },
        new object[] { "universal", "30133111300f06035504031c08000000780001f600", 0x20000L, 14, @"CN=x\x5cW0001F600" },
        new object[] { "specials", "304a310a3008060355040a0c0123310c300a060355040b0c03615c62310d300b06035504070c047801797f310e300c06035504081305206c656164310f300d06032a03040c06637573746f6d", -2L, -1, @"/O=#/OU=a\x5cb/L=x\x5cx01y\x5cx7F/ST= lead/1.2.3.4=custom" },
        new object[] { "specials", "304a310a3008060355040a0c0123310c300a060355040b0c03615c62310d300b06035504070c047801797f310e300c06035504081305206c656164310f300d06032a03040c06637573746f6d", 0x0L, 1, @"O=#, OU=a\x5cb, L=x\x5cx01y\x5cx7F, ST= lead/1.2.3.4=custom" },
        new object[] { "specials", "304a310a3008060355040a0c0123310c300a060355040b0c03615c62310d300b06035504070c047801797f310e300c06035504081305206c656164310f300d06032a03040c06637573746f6d", 0x82031fL, 62, @"O = #, OU = a\x5c\x5cb, L = x\x5c01y\x5c7F, ST = \x22 lead\x22, 1.2.3.4 = custom" },
        new object[] { "specials", "304a310a3008060355040a0c0123310c300a060355040b0c03615c62310d300b06035504070c047801797f310e300c06035504081305206c656164310f300d06032a03040c06637573746f6d", 0x1110317L, 58, @"1.2.3.4=#0C06637573746F6D,ST=\x5c lead,L=x\x5c01y\x5c7F,OU=a\x5c\x5cb,O=#" },
        new object[] { "specials", "304a310a3008060355040a0c0123310c300a060355040b0c03615c62310d300b06035504070c047801797f310e300c06035504081305206c656164310f300d06032a03040c06637573746f6d", 0x2a40006L, 150, @"organizationName          = #\x0aorganizationalUnitName    = a\x5c\x5cb\x0alocalityName              = x\x5c01y\x5c7F\x0astateOrProvinceName       =  lead\x0a1.2.3.4 = custom" },
        new object[] { "specials", "304a310a3008060355040a0c0123310c300a060355040b0c03615c62310d300b06035504070c047801797f310e300c06035504081305206c656164310f300d06032a03040c06637573746f6d", 0x20000L, 45, @"O=#, OU=a\x5cb, L=x\x01y\x7f, ST= lead, 1.2.3.4=custom" },
        new object[] { "multi", "3033310b300906035504061302444531143008060355040b0c01623008060355040b0c0161310e300c06035504031605782f792b7a", -2L, -1, @"/C=DE/OU=b+OU=a/CN=x\x5c/y\x5c+z" },
        new object[] { "multi", "3033310b300906035504061302444531143008060355040b0c01623008060355040b0c0161310e300c06035504031605782f792b7a", 0x0L, 1, @"C=DE, OU=b+OU=a, CN=x\x5c/y\x5c+z" },
        new object[] { "multi", "3033310b300906035504061302444531143008060355040b0c01623008060355040b0c0161310e300c06035504031605782f792b7a", 0x82031fL, 37, @"C = DE, OU = b + OU = a, CN = \x22x/y+z\x22" },
        new object[] { "multi", "3033310b300906035504061302444531143008060355040b0c01623008060355040b0c0161310e300c06035504031605782f792b7a", 0x1110317L, 24, @"CN=x/y\x5c+z,OU=a+OU=b,C=DE" },
        new object[] { "multi", "3033310b300906035504061302444531143008060355040b0c01623008060355040b0c0161310e300c06035504031605782f792b7a", 0x2a40006L, 126, @"countryName               = DE\x0aorganizationalUnitName    = b + organizationalUnitName    = a\x0acommonName                = x/y+z" },
        new object[] { "multi", "3033310b300906035504061302444531143008060355040b0c01623008060355040b0c0161310e300c06035504031605782f792b7a", 0x20000L, 27, @"C=DE, OU=b + OU=a, CN=x/y+z" },
        new object[] { "empty", "3000", -2L, -1, @"" },
        new object[] { "empty", "3000", 0x0L, 1, @"" },
        new object[] { "empty", "3000", 0x82031fL, 0, @"" },
        new object[] { "empty", "3000", 0x1110317L, 0, @"" },
        new object[] { "empty", "3000", 0x2a40006L, 0, @"" },
        new object[] { "empty", "3000", 0x20000L, 0, @"" },
    };

    private static byte[] Unescape(string s)
    {
        var bytes = new List<byte>();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 3 < s.Length && s[i + 1] == 'x')
            {
                bytes.Add(System.Convert.ToByte(s.Substring(i + 2, 2), 16));
                i += 3;
            }
            else
            {
                bytes.Add((byte)s[i]);
            }
        }
        return bytes.ToArray();
    }

    private static X509Name Parse(string hex) => X509Name.FromAsn1(Asn1Object.FromByteArray(System.Convert.FromHexString(hex)));

    [TestCaseSource(nameof(Cases))]
    public void PrintsAsOpenSsl(string label, string der, long flags, int ret, string text)
    {
        X509Name name = Parse(der);
        byte[] want = Unescape(text);
        if (flags == -2)
        {
            Assert.That(Encoding.Latin1.GetString(name.Oneline()), Is.EqualTo(Encoding.Latin1.GetString(want)), label);
            return;
        }
        var output = new List<byte>();
        int got = NameFormat.Print(name, 0, (ulong)flags, output);
        Assert.That(Encoding.Latin1.GetString(output.ToArray()), Is.EqualTo(Encoding.Latin1.GetString(want)), label);
        Assert.That(got, Is.EqualTo(ret), label + " return value");
    }

    [Test]
    public void OnelineKeepsWholeFieldsWithinTheLimit()
    {
        X509Name name = Parse("3019310b3009060355040613024445310a3008060355040b0c0162");
        Assert.That(Encoding.ASCII.GetString(name.Oneline(5)), Is.EqualTo("/C=DE"));
        Assert.That(Encoding.ASCII.GetString(name.Oneline(4)), Is.EqualTo(""));
    }

    [Test]
    public void MalformedUtf8WithoutConversionIsAnError()
    {
        // CN = UTF8String 61 C3 28 62: a lead byte without its continuation.
        X509Name name = Parse("300f310d300b06035504030c0461c32862");
        var output = new List<byte>();
        Assert.That(NameFormat.Print(name, 0, NameFormat.SepCplusSpc, output), Is.EqualTo(-1));
        // With ASN1_STRFLGS_UTF8_CONVERT the bytes are taken one by one, so it prints.
        output.Clear();
        Assert.That(NameFormat.Print(name, 0, NameFormat.SepCplusSpc | NameFormat.Utf8Convert | NameFormat.EscMsb, output),
            Is.EqualTo(9));
        Assert.That(Encoding.ASCII.GetString(output.ToArray()), Is.EqualTo("CN=a\\C3(b"));
    }

    [TestCase(23, "500101000000Z", "Jan  1 00:00:00 1950 GMT")]
    [TestCase(23, "491231235959Z", "Dec 31 23:59:59 2049 GMT")]
    [TestCase(23, "260305010203Z", "Mar  5 01:02:03 2026 GMT")]
    [TestCase(24, "20540412174533Z", "Apr 12 17:45:33 2054 GMT")]
    [TestCase(24, "20200229120000.123Z", "Feb 29 12:00:00.123 2020 GMT")]
    [TestCase(24, "19991231235959Z", "Dec 31 23:59:59 1999 GMT")]
    [TestCase(24, "20201301000000Z", null)]
    [TestCase(24, "20210229000000Z", null)]
    [TestCase(23, "2603", null)]
    public void TimesPrintAsOpenSsl(int tag, string text, string? want)
    {
        Assert.That(new Asn1Time(tag, text).Format(), Is.EqualTo(want));
    }
}
