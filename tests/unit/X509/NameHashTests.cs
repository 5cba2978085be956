using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using LibSsl.X509;
using NUnit.Framework;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Tests.X509;

/// <summary>NameHash against the names `openssl rehash` gave the files of a CA directory.</summary>
[TestFixture]
public class NameHashTests
{
    private static void CheckDirectory(string dir, int atLeast)
    {
        int checkedFiles = 0;
        var wrong = new List<string>();
        foreach (string file in Directory.GetFiles(dir))
        {
            string stem = Path.GetFileName(file);
            if (!Regex.IsMatch(stem, "^[0-9a-f]{8}\\.[0-9]+$"))
                continue;
            List<BcCertificate>? certs = KeyMaterial.LoadCertificates(file, KeyMaterial.FileTypePem, out _);
            if (certs is null)
                continue;
            checkedFiles++;
            string ours = NameHash.FileStem(certs[0].SubjectDN);
            if (ours != stem[..8])
                wrong.Add($"{stem}: {ours} {certs[0].SubjectDN}");
        }
        Assert.That(checkedFiles, Is.GreaterThanOrEqualTo(atLeast), "hashed files in " + dir);
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void MatchesOpenSslRehashOfTheTestDirectory() =>
        CheckDirectory(VerifyCertificates.PathOf("hashdir"), 1);

    // Debian's /etc/ssl/certs holds some 140 roots with names of every
    // kind (PrintableString, UTF8String, BMPString, mixed case, spaces).
    [Test]
    public void MatchesTheSystemDirectory()
    {
        if (!Directory.Exists("/etc/ssl/certs"))
            Assert.Ignore("no /etc/ssl/certs");
        CheckDirectory("/etc/ssl/certs", 50);
    }
}
