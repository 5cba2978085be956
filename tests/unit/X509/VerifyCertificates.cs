using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using LibSsl.Tests.Support;
using LibSsl.X509;
using NUnit.Framework;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Tests.X509;

/// <summary>
/// The certificate cases of tests/verify/make-certs.sh, made once per test
/// run into build/tests/verify-certs, and the openssl CLI as the oracle.
/// </summary>
internal static class VerifyCertificates
{
    private static string? s_dir;

    public static string Dir
    {
        get
        {
            if (s_dir is not null)
                return s_dir;
            string dir = Path.Combine(RepoPaths.Root, "build", "tests", "verify-certs");
            (int status, string output) = Run("sh", Path.Combine(RepoPaths.Root, "tests", "verify", "make-certs.sh"), dir);
            Assert.That(status, Is.EqualTo(0), "make-certs.sh: " + output);
            s_dir = dir;
            return dir;
        }
    }

    public static string PathOf(string name) => Path.Combine(Dir, name);

    public static List<BcCertificate> Load(string name)
    {
        List<BcCertificate>? list = KeyMaterial.LoadCertificates(PathOf(name), KeyMaterial.FileTypePem, out LoadFailure f);
        Assert.That(list, Is.Not.Null, name + ": " + f);
        return list!;
    }

    public static (int Status, string Output) Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
            psi.ArgumentList.Add(a);
        using Process p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}
