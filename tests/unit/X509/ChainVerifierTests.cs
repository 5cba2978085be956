using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using LibSsl.X509;
using NUnit.Framework;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Tests.X509;

/// <summary>
/// ChainVerifier against `openssl verify` on the same files: the same
/// verdict, X509_V_* error and error depth for every case of
/// tests/verify/make-certs.sh.
/// </summary>
[TestFixture]
public class ChainVerifierTests
{
    // name, trust anchors (CA file), untrusted chain file or "", leaf, extra openssl verify args
    private static readonly object[] s_cases =
    {
        new object[] { "valid chain", "root.pem", "chain-inter.pem", "good.pem", "" },
        new object[] { "missing intermediate", "root.pem", "", "good.pem", "" },
        new object[] { "expired leaf", "root.pem", "chain-inter.pem", "expired.pem", "" },
        new object[] { "not yet valid leaf", "root.pem", "chain-inter.pem", "notyet.pem", "" },
        new object[] { "expired intermediate", "root.pem", "chain-inter-expired.pem", "under-expired.pem", "" },
        new object[] { "untrusted root in chain", "other-root.pem", "chain-inter-root.pem", "good.pem", "" },
        new object[] { "self-signed leaf", "root.pem", "", "selfsigned.pem", "" },
        new object[] { "self-signed leaf that is trusted", "selfsigned.pem", "", "selfsigned.pem", "" },
        new object[] { "CA:FALSE intermediate", "root.pem", "chain-notca.pem", "under-notca.pem", "" },
        new object[] { "pathlen exceeded", "plroot.pem", "chain-pl.pem", "under-pl.pem", "" },
        new object[] { "name constraints violated", "root.pem", "chain-nc.pem", "under-nc.pem", "" },
        new object[] { "clientAuth-only leaf for a server", "root.pem", "chain-inter.pem", "clientonly.pem", "-purpose sslserver" },
        new object[] { "clientAuth-only leaf for a client", "root.pem", "chain-inter.pem", "clientonly.pem", "-purpose sslclient" },
        new object[] { "bad signature", "root.pem", "chain-inter.pem", "badsig.pem", "" },
        new object[] { "depth 0", "root.pem", "chain-deep.pem", "deep.pem", "-verify_depth 0" },
        new object[] { "depth 1", "root.pem", "chain-deep.pem", "deep.pem", "-verify_depth 1" },
        new object[] { "depth 2", "root.pem", "chain-deep.pem", "deep.pem", "-verify_depth 2" },
        new object[] { "wrong host", "root.pem", "chain-inter.pem", "good.pem", "-verify_hostname other.example" },
        new object[] { "right host", "root.pem", "chain-inter.pem", "good.pem", "-verify_hostname GOOD.example" },
        new object[] { "wildcard one label", "root.pem", "chain-inter.pem", "wild.pem", "-verify_hostname a.example.com" },
        new object[] { "wildcard two labels", "root.pem", "chain-inter.pem", "wild.pem", "-verify_hostname a.b.example.com" },
        new object[] { "wildcard bare domain", "root.pem", "chain-inter.pem", "wild.pem", "-verify_hostname example.com" },
        new object[] { "IP SAN matches address", "root.pem", "chain-inter.pem", "ipsan.pem", "-verify_ip 127.0.0.1" },
        new object[] { "DNS SAN is not an address", "root.pem", "chain-inter.pem", "dnsip.pem", "-verify_ip 127.0.0.1" },
        new object[] { "CN only", "root.pem", "chain-inter.pem", "cnonly.pem", "-verify_hostname cn.example" },
        new object[] { "expired and wrong host: host first", "root.pem", "chain-inter.pem", "expired.pem", "-verify_hostname x.example" },
        new object[] { "unrelated anchor, leaf only", "other-root.pem", "", "good.pem", "" },
        new object[] { "bad self-signature of the anchor, not checked", "badroot.pem", "chain-inter.pem", "good.pem", "" },
        new object[] { "bad self-signature of the anchor, checked", "badroot.pem", "chain-inter.pem", "good.pem", "-check_ss_sig" },
        new object[] { "expired leaf, time not checked", "root.pem", "chain-inter.pem", "expired.pem", "-no_check_time" },
        new object[] { "expired leaf at a time it was valid", "root.pem", "chain-inter.pem", "expired.pem", "-attime 1590000000" },
        new object[] { "intermediate as a partial-chain anchor", "inter.pem", "", "good.pem", "-partial_chain" },
        new object[] { "intermediate as an anchor without partial chains", "inter.pem", "", "good.pem", "" },
    };

    [TestCaseSource(nameof(s_cases))]
    public void SameVerdictAsOpenSsl(string name, string anchors, string chain, string leaf, string extra)
    {
        var args = new List<string> { "verify", "-CAfile", VerifyCertificates.PathOf(anchors) };
        if (chain.Length > 0)
            args.AddRange(new[] { "-untrusted", VerifyCertificates.PathOf(chain) });
        var param = new VerifyParam();
        string[] words = extra.Length == 0 ? Array.Empty<string>() : extra.Split(' ');
        for (int i = 0; i < words.Length; i += 2)
        {
            args.Add(words[i]);
            switch (words[i])
            {
                case "-check_ss_sig": param.Flags |= VerifyParam.FlagCheckSsSignature; i--; continue;
                case "-no_check_time": param.Flags |= VerifyParam.FlagNoCheckTime; i--; continue;
                case "-partial_chain": param.Flags |= VerifyParam.FlagPartialChain; i--; continue;
            }
            args.Add(words[i + 1]);
            switch (words[i])
            {
                case "-attime":
                    param.Flags |= VerifyParam.FlagUseCheckTime;
                    param.CheckTime = DateTimeOffset.FromUnixTimeSeconds(long.Parse(words[i + 1])).UtcDateTime;
                    break;
                case "-purpose": param.Purpose = words[i + 1] == "sslserver" ? VerifyPurpose.SslServer : VerifyPurpose.SslClient; break;
                case "-verify_depth": param.Depth = int.Parse(words[i + 1]); break;
                case "-verify_hostname": param.Hosts.Add(words[i + 1]); break;
                case "-verify_ip": param.Ip = HostnameMatch.ParseAddress(words[i + 1]); break;
            }
        }
        args.Add(VerifyCertificates.PathOf(leaf));
        (int status, string output) = VerifyCertificates.Run("openssl", args.ToArray());
        Match m = Regex.Match(output, @"error (\d+) at (\d+) depth");
        string oracle = status == 0 ? "ok" : m.Success ? $"error {m.Groups[1].Value} at {m.Groups[2].Value}" : "?? " + output;

        var store = new TrustStore();
        Assert.That(store.LoadFile(VerifyCertificates.PathOf(anchors), out _), Is.GreaterThan(0));
        List<BcCertificate> untrusted = chain.Length > 0 ? VerifyCertificates.Load(chain) : new();
        var ctx = new VerifyContext(store, VerifyCertificates.Load(leaf)[0], untrusted, param);
        int ok = ChainVerifier.Verify(ctx);
        string ours = ok == 1 ? "ok" : $"error {ctx.Error} at {ctx.ErrorDepth}";
        Assert.That(ours, Is.EqualTo(oracle), name);
    }

    [Test]
    public void HashedDirectoryIsFoundWhenNeeded()
    {
        var store = new TrustStore();
        store.AddDirectory(VerifyCertificates.PathOf("hashdir"));
        Assert.That(store.Count, Is.EqualTo(0), "a directory is read lazily");
        var ctx = new VerifyContext(store, VerifyCertificates.Load("good.pem")[0], VerifyCertificates.Load("chain-inter.pem"), new VerifyParam());
        Assert.That(ChainVerifier.Verify(ctx), Is.EqualTo(1), "error " + ctx.Error);
        Assert.That(store.Count, Is.EqualTo(1));
    }

    [Test]
    public void CheckTimeIsSettable()
    {
        var store = new TrustStore();
        store.LoadFile(VerifyCertificates.PathOf("root.pem"), out _);
        var param = new VerifyParam { Flags = VerifyParam.FlagUseCheckTime, CheckTime = new DateTime(2020, 6, 1, 0, 0, 0, DateTimeKind.Utc) };
        var ctx = new VerifyContext(store, VerifyCertificates.Load("expired.pem")[0], VerifyCertificates.Load("chain-inter.pem"), param);
        Assert.That(ChainVerifier.Verify(ctx), Is.EqualTo(1), "valid in 2020, error " + ctx.Error);
        param.CheckTime = new DateTime(2019, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.That(ChainVerifier.Verify(ctx), Is.EqualTo(0));
        Assert.That(ctx.Error, Is.EqualTo(VerifyError.CertNotYetValid));
        Assert.That(ctx.ErrorDepth, Is.EqualTo(2), "the root is checked first, from the top down");
    }

    [Test]
    public void CallbackIsCalledFromTheTopDownAndMayOverride()
    {
        var store = new TrustStore();
        store.LoadFile(VerifyCertificates.PathOf("root.pem"), out _);
        var ctx = new VerifyContext(store, VerifyCertificates.Load("expired.pem")[0], VerifyCertificates.Load("chain-inter.pem"), new VerifyParam());
        var calls = new List<string>();
        ctx.Callback = (ok, c) =>
        {
            calls.Add($"{ok} {c.ErrorDepth} {c.Error}");
            return 1;
        };
        Assert.That(ChainVerifier.Verify(ctx), Is.EqualTo(1));
        Assert.That(calls, Is.EqualTo(new[] { "1 2 0", "1 1 0", "0 0 10", "1 0 10" }));
        Assert.That(ctx.Error, Is.EqualTo(VerifyError.CertHasExpired), "the error stays after an override");
    }

    [Test]
    public void ErrorTextsAreOpenSsls()
    {
        Assert.That(VerifyError.Text(0), Is.EqualTo("ok"));
        Assert.That(VerifyError.Text(20), Is.EqualTo("unable to get local issuer certificate"));
        Assert.That(VerifyError.Text(62), Is.EqualTo("hostname mismatch"));
        Assert.That(VerifyError.Text(1000), Is.EqualTo("unknown certificate verification error"));
        Assert.That(VerifyError.Text(-1), Is.EqualTo("unknown certificate verification error"));
    }
}
