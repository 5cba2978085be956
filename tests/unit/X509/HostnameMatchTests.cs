using LibSsl.X509;
using NUnit.Framework;

namespace LibSsl.Tests.X509;

/// <summary>X509_check_host(3) rules (RFC 6125 as OpenSSL applies them) on single identifiers.</summary>
[TestFixture]
public class HostnameMatchTests
{
    [TestCase("*.example.com", "a.example.com", 0u, true)]
    [TestCase("*.example.com", "A.EXAMPLE.COM", 0u, true)]
    [TestCase("*.example.com", "a.b.example.com", 0u, false)]
    [TestCase("*.example.com", "example.com", 0u, false)]
    [TestCase("*.example.com", ".example.com", 0u, false)]
    [TestCase("*.com", "example.com", 0u, false)]
    [TestCase("f*.example.com", "foo.example.com", 0u, true)]
    [TestCase("f*.example.com", "foo.example.com", HostnameMatch.NoPartialWildcards, false)]
    [TestCase("*o.example.com", "foo.example.com", 0u, true)]
    [TestCase("f*o.example.com", "foo.example.com", 0u, false)]
    [TestCase("a.*.example.com", "a.b.example.com", 0u, false)]
    [TestCase("*.example.com", "a.example.com", HostnameMatch.NoWildcards, false)]
    [TestCase("xn--*.example.com", "xn--abc.example.com", 0u, false)]
    [TestCase("*.example.com", "xn--abc.example.com", 0u, true)]
    [TestCase("www.example.com", "WWW.Example.Com", 0u, true)]
    [TestCase("www.example.com", "www.example.com.", 0u, false)]
    public void Matches(string pattern, string host, uint flags, bool expected) =>
        Assert.That(HostnameMatch.Matches(pattern, host, flags), Is.EqualTo(expected));

    [TestCase("127.0.0.1", new byte[] { 127, 0, 0, 1 })]
    [TestCase("::1", new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 })]
    [TestCase("127.1", null)]
    [TestCase("256.0.0.1", null)]
    [TestCase("example.com", null)]
    public void ParsesAddressesAsOpenSslDoes(string text, byte[]? expected) =>
        Assert.That(HostnameMatch.ParseAddress(text), Is.EqualTo(expected));

    [Test]
    public void CommonNameOnlyWithoutDnsNames()
    {
        var cn = new CertificateFacts(VerifyCertificates.Load("cnonly.pem")[0]);
        Assert.That(HostnameMatch.CheckHost(cn, "cn.example", 0, out string? matched), Is.EqualTo(1));
        Assert.That(matched, Is.EqualTo("cn.example"));
        Assert.That(HostnameMatch.CheckHost(cn, "cn.example", HostnameMatch.NeverCheckSubject, out _), Is.EqualTo(0));
        // good.pem has CN good.example and a dNSName: the CN is not consulted for another name.
        var good = new CertificateFacts(VerifyCertificates.Load("wild.pem")[0]);
        Assert.That(HostnameMatch.CheckHost(good, "wild.example", 0, out _), Is.EqualTo(0));
        Assert.That(HostnameMatch.CheckHost(good, "wild.example", HostnameMatch.AlwaysCheckSubject, out _), Is.EqualTo(1));
    }

    [Test]
    public void AddressesOnlyAgainstIpNames()
    {
        var ip = new CertificateFacts(VerifyCertificates.Load("ipsan.pem")[0]);
        var dns = new CertificateFacts(VerifyCertificates.Load("dnsip.pem")[0]);
        Assert.That(HostnameMatch.CheckIp(ip, new byte[] { 127, 0, 0, 1 }), Is.EqualTo(1));
        Assert.That(HostnameMatch.CheckIp(dns, new byte[] { 127, 0, 0, 1 }), Is.EqualTo(0));
        Assert.That(HostnameMatch.CheckIp(ip, new byte[] { 127, 0, 0, 2 }), Is.EqualTo(0));
    }
}
