using System;
using System.Collections.Generic;
using System.Linq;
using LibSsl.Ssl;
using LibSsl.Tls;
using NUnit.Framework;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// The cipher-string language of ciphers(1).  Expected results follow the
/// OpenSSL 3 oracle (`openssl ciphers -v`) restricted to the suites we carry.
/// </summary>
[TestFixture]
public class CipherStringTests
{
    private static readonly CipherSuiteInfo[] AllTls12 = CipherSuiteInfo.All.Where(c => !c.Tls13).ToArray();

    private static List<CipherSuiteInfo> Parse(string text)
    {
        List<CipherSuiteInfo>? list = CipherString.Parse(text);
        Assert.That(list, Is.Not.Null, $"'{text}' should parse");
        return list!;
    }

    private static bool IsAesGcm(CipherSuiteInfo c) => c.Enc.StartsWith("AESGCM", StringComparison.Ordinal);

    [Test]
    public void DefaultIsTheContextDefaultAndTls12Only()
    {
        List<CipherSuiteInfo> list = Parse("DEFAULT");
        Assert.That(list, Is.Not.Empty);
        Assert.That(list.Any(c => c.Tls13), Is.False, "TLS 1.3 suites are set with SSL_CTX_set_ciphersuites");
        Assert.That(list, Is.EqualTo(CipherString.DefaultTls12));
        Assert.That(list.Select(c => c.Id), Is.Unique);
    }

    [Test]
    public void AllSelectsEveryTls12SuiteInPreferenceOrder()
    {
        Assert.That(Parse("ALL"), Is.EqualTo(AllTls12));
    }

    [Test]
    public void UnknownAliasInANegationChangesNothing()
    {
        List<CipherSuiteInfo> list = Parse("HIGH:!aNULL");
        Assert.That(list, Is.Not.Empty);
        Assert.That(list, Is.EqualTo(Parse("HIGH")));
        Assert.That(list.Any(c => c.Au == "NULL"), Is.False);
    }

    [Test]
    public void PlusWithinAWordIntersects()
    {
        List<CipherSuiteInfo> list = Parse("ECDHE+AESGCM");
        Assert.That(list.Select(c => c.Name), Is.EquivalentTo(new[]
        {
            "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
            "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        }));
        Assert.That(list.All(c => c.Kx == "ECDHE" && IsAesGcm(c)), Is.True);
    }

    [Test]
    public void BangRemovesForGood()
    {
        List<CipherSuiteInfo> list = Parse("!RSA:ALL");
        Assert.That(list, Is.Not.Empty);
        Assert.That(list.Where(c => c.Kx == "RSA").Select(c => c.Name), Is.Empty,
            "kRSA suites killed with ! must not come back with a later ALL");
        Assert.That(list.Count, Is.EqualTo(AllTls12.Count(c => c.Kx != "RSA")));
    }

    [Test]
    public void MinusRemovesButALaterWordAddsBackAtTheEnd()
    {
        List<CipherSuiteInfo> list = Parse("ALL:-AESGCM:AESGCM");
        Assert.That(list.Count, Is.EqualTo(AllTls12.Length));
        int firstGcm = list.FindIndex(IsAesGcm);
        Assert.That(firstGcm, Is.EqualTo(AllTls12.Count(c => !IsAesGcm(c))));
        Assert.That(list.Skip(firstGcm).All(IsAesGcm), Is.True);
    }

    [Test]
    public void PlusPrefixMovesMatchesToTheEnd()
    {
        List<CipherSuiteInfo> list = Parse("ALL:+AESGCM");
        Assert.That(list, Is.EquivalentTo(AllTls12));
        int gcm = AllTls12.Count(IsAesGcm);
        Assert.That(gcm, Is.GreaterThan(0));
        Assert.That(list.Take(list.Count - gcm).Any(IsAesGcm), Is.False);
        Assert.That(list.Skip(list.Count - gcm).All(IsAesGcm), Is.True);
        // The moved suites keep their relative order.
        Assert.That(list.Skip(list.Count - gcm), Is.EqualTo(AllTls12.Where(IsAesGcm)));
    }

    [Test]
    public void PlusPrefixOnlyReordersWhatIsActive()
    {
        // OpenSSL 3.0 oracle: `openssl ciphers -v 'ALL:-AESGCM:+AESGCM'` lists no AES-GCM
        // TLS 1.2 suite: '+' moves, it never adds back what '-' removed.
        List<CipherSuiteInfo> list = Parse("ALL:-AESGCM:+AESGCM");
        Assert.That(list, Is.Not.Empty);
        Assert.That(list.Where(IsAesGcm), Is.Empty);
        Assert.That(list, Is.EqualTo(AllTls12.Where(c => !IsAesGcm(c))));
    }

    [Test]
    public void StrengthSortsByBitsDescendingAndStably()
    {
        List<CipherSuiteInfo> list = Parse("ALL:@STRENGTH");
        Assert.That(list.Count, Is.EqualTo(AllTls12.Length));
        Assert.That(list.Select(c => c.Bits), Is.Ordered.Descending);
        Assert.That(list.Where(c => c.Bits == 256), Is.EqualTo(AllTls12.Where(c => c.Bits == 256)));
        // ALL is not already sorted, so the command visibly did something.
        Assert.That(AllTls12.Select(c => c.Bits), Is.Not.Ordered.Descending);
    }

    [Test]
    public void StrengthAloneSelectsNothing()
    {
        Assert.That(Parse("@STRENGTH"), Is.Empty);
    }

    [Test]
    public void SecurityLevelIsAccepted()
    {
        Assert.That(Parse("ALL:@SECLEVEL=2"), Is.EqualTo(AllTls12));
    }

    [Test]
    public void UnknownNameSelectsNothing()
    {
        Assert.That(Parse("FOO"), Is.Empty);
        Assert.That(Parse("FOO:ECDHE-RSA-AES128-GCM-SHA256").Select(c => c.Name),
            Is.EqualTo(new[] { "ECDHE-RSA-AES128-GCM-SHA256" }));
    }

    [Test]
    public void UnknownCommandIsMalformed()
    {
        Assert.That(CipherString.Parse("@BOGUS"), Is.Null);
        Assert.That(CipherString.Parse("ALL:@BOGUS"), Is.Null);
    }

    [Test]
    public void SeparatorsAreInterchangeable()
    {
        Assert.That(Parse("ECDHE-RSA-AES128-GCM-SHA256,AES128-SHA AES256-SHA;ECDHE-ECDSA-AES128-SHA").Select(c => c.Name),
            Is.EqualTo(new[] { "ECDHE-RSA-AES128-GCM-SHA256", "AES128-SHA", "AES256-SHA", "ECDHE-ECDSA-AES128-SHA" }));
    }

    [Test]
    public void Tls13ListSkipsUnknownNames()
    {
        List<CipherSuiteInfo> list = CipherString.ParseTls13("TLS_AES_128_GCM_SHA256:NOPE");
        Assert.That(list.Select(c => c.Name), Is.EqualTo(new[] { "TLS_AES_128_GCM_SHA256" }));
        Assert.That(list[0].Tls13, Is.True);
    }

    [Test]
    public void Tls13ListRefusesTls12SuitesAndDuplicates()
    {
        List<CipherSuiteInfo> list = CipherString.ParseTls13(
            "ECDHE-RSA-AES128-GCM-SHA256:TLS_CHACHA20_POLY1305_SHA256:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_256_GCM_SHA384");
        Assert.That(list.Select(c => c.Name),
            Is.EqualTo(new[] { "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_256_GCM_SHA384" }));
    }
}
