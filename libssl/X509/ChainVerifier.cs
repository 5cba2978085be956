using System;
using System.Collections.Generic;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;

using BcX509Name = Org.BouncyCastle.Asn1.X509.X509Name;

namespace LibSsl.X509;

/// <summary>
/// X509_verify_cert(3): RFC 5280 path validation in the order OpenSSL 3's
/// verify_chain() does it, so the same problem is reported with the same
/// X509_V_* error at the same depth, and a verify callback sees the same
/// calls: build the chain (trusted issuers first, then the peer's), check
/// extensions (CA, purpose, path length), check the host name or address,
/// check signatures and validity from the top of the chain down, then name
/// constraints.  Each problem goes through the callback, which may let the
/// verification go on; the first refusal ends it.
/// </summary>
internal static class ChainVerifier
{
    /// <summary>1 when the chain is acceptable (or the callback accepted it), 0 when not.</summary>
    public static int Verify(VerifyContext ctx)
    {
        ctx.Error = VerifyError.Ok;
        ctx.ErrorDepth = 0;
        ctx.Chain.Clear();
        ctx.Chain.Add(ctx.Leaf ?? throw new InvalidOperationException("no certificate to verify"));
        ctx.Verified = true;
        ctx.NumUntrusted = 1;
        if (BuildChain(ctx) == 0 || CheckExtensions(ctx) == 0 || CheckIdentity(ctx) == 0
            || CheckSignaturesAndTimes(ctx) == 0 || CheckNameConstraints(ctx) == 0)
        {
            if (ctx.Error == VerifyError.Ok)
                ctx.Error = 1; // X509_V_ERR_UNSPECIFIED, as OpenSSL sets for a bare refusal.
            return 0;
        }
        return 1;
    }

    /// <summary>OpenSSL's verify_cb_cert(): records the problem and asks the callback.</summary>
    private static int Report(VerifyContext ctx, CertificateFacts? cert, int depth, int error)
    {
        ctx.ErrorDepth = depth;
        ctx.CurrentCert = cert ?? ctx.Chain[depth];
        if (error != VerifyError.Ok)
            ctx.Error = error;
        return ctx.Callback?.Invoke(0, ctx) ?? 0;
    }

    private static int BuildChain(VerifyContext ctx)
    {
        List<CertificateFacts> chain = ctx.Chain;
        // A parameter set handed over whole (X509_STORE_CTX_set0_param) has no
        // defaults behind it: its depth -1 is taken as it is, as OpenSSL does.
        int depth = ctx.ParamIsRaw ? ctx.Param.Depth : ctx.Param.EffectiveDepth;
        // The chain may grow one past the limit, so a chain that is too long is seen as such.
        int maxLength = depth + 1;
        var untrusted = new List<CertificateFacts>();
        foreach (var c in ctx.Untrusted)
            untrusted.Add(new CertificateFacts(c));

        bool trusted = false;
        bool partial = (ctx.Param.Flags & VerifyParam.FlagPartialChain) != 0;
        DateTime now = ctx.Param.Now;
        while (true)
        {
            CertificateFacts top = chain[^1];
            bool topTrusted = chain.Count > ctx.NumUntrusted;
            if (top.IsSelfSigned)
            {
                if (!topTrusted)
                {
                    // A self-signed certificate is trusted only as the very
                    // same certificate, and only if it is the one the trust
                    // store's issuer lookup picks for it (OpenSSL 3's
                    // build_chain: another trusted certificate with the same
                    // subject and key picked first makes it an "untrusted
                    // mimic", DEPTH_ZERO_SELF_SIGNED_CERT).
                    CertificateFacts? picked = FirstIssuer(ctx.Store.FindIssuers(top), now);
                    CertificateFacts? same = picked is not null && picked.Certificate.Equals(top.Certificate)
                        ? picked : null;
                    if (same is not null)
                    {
                        chain[^1] = same;
                        ctx.NumUntrusted--;
                        trusted = true;
                    }
                }
                else
                {
                    trusted = true;
                }
                break;
            }
            if (chain.Count > maxLength)
                break;

            CertificateFacts? issuer = Pick(ctx.Store.FindIssuers(top), chain, now);
            if (issuer is not null)
            {
                chain.Add(issuer);
                if (issuer.IsSelfSigned)
                {
                    trusted = true;
                    break;
                }
                continue;
            }
            if (topTrusted)
                break;
            issuer = Pick(untrusted.FindAll(c => CertificateFacts.MayHaveIssued(c, top)), chain, now);
            if (issuer is null)
                break;
            chain.Add(issuer);
            ctx.NumUntrusted++;
        }

        int num = chain.Count;
        if (!trusted && partial && num > ctx.NumUntrusted)
            trusted = true;
        if (!trusted && partial && ctx.Store.FindSame(chain[0]) is not null)
            trusted = true;
        // Once trusted, the anchor may be one past the limit: depth counts intermediates.
        if (trusted)
            return 1;

        int error;
        if (num > maxLength)
            error = VerifyError.CertChainTooLong;
        else if (chain[^1].IsSelfSigned && num == 1)
            error = VerifyError.DepthZeroSelfSignedCert;
        else if (chain[^1].IsSelfSigned)
            error = VerifyError.SelfSignedCertInChain;
        else if (ctx.NumUntrusted < num)
            error = VerifyError.UnableToGetIssuerCert;
        else
            error = VerifyError.UnableToGetIssuerCertLocally;
        return Report(ctx, null, num - 1, error);
    }

    // Among candidate issuers not yet in the chain, one valid now if any (OpenSSL's get_issuer).
    /// <summary>
    /// OpenSSL's X509_STORE_CTX_get1_issuer over the store's candidates in
    /// the order they were added: the first valid at <paramref name="now"/>,
    /// else the one that expires last.
    /// </summary>
    private static CertificateFacts? FirstIssuer(List<CertificateFacts> candidates, DateTime now)
    {
        CertificateFacts? latest = null;
        foreach (CertificateFacts c in candidates)
        {
            if (c.Certificate.NotBefore <= now && now <= c.Certificate.NotAfter)
                return c;
            if (latest is null || c.Certificate.NotAfter > latest.Certificate.NotAfter)
                latest = c;
        }
        return latest;
    }

    private static CertificateFacts? Pick(List<CertificateFacts> candidates, List<CertificateFacts> chain, DateTime now)
    {
        CertificateFacts? fallback = null;
        foreach (CertificateFacts c in candidates)
        {
            if (chain.Exists(x => ReferenceEquals(x, c) || x.Certificate.Equals(c.Certificate)))
                continue;
            if (c.Certificate.NotBefore <= now && now <= c.Certificate.NotAfter)
                return c;
            fallback ??= c;
        }
        return fallback;
    }

    // OpenSSL's check_extensions(): critical extensions, CA status, purpose, path length.
    private static int CheckExtensions(VerifyContext ctx)
    {
        List<CertificateFacts> chain = ctx.Chain;
        int num = chain.Count;
        int pathLength = 0;
        for (int i = 0; i < num; i++)
        {
            CertificateFacts x = chain[i];
            if (x.HasUnhandledCritical && Report(ctx, x, i, VerifyError.UnhandledCriticalExtension) == 0)
                return 0;
            if (i > 0)
            {
                // A CA certificate below the top must say CA:TRUE outright.
                int ca = x.CheckCa();
                if ((ca == 0 || (i + 1 < num && ca != 1)) && Report(ctx, x, i, VerifyError.InvalidCa) == 0)
                    return 0;
            }
            if (!x.FitsPurpose(ctx.Param.Purpose, i > 0)
                && Report(ctx, x, i, VerifyError.InvalidPurpose) == 0)
                return 0;
            if (i > 1 && x.PathLength != -1 && pathLength > x.PathLength
                && Report(ctx, x, i, VerifyError.PathLengthExceeded) == 0)
                return 0;
            if (i > 0 && !x.IsSelfIssued)
                pathLength++;
        }
        return 1;
    }

    // OpenSSL's check_id(): the host names and the address asked for.
    private static int CheckIdentity(VerifyContext ctx)
    {
        VerifyParam param = ctx.Param;
        CertificateFacts leaf = ctx.Chain[0];
        if (param.Hosts.Count > 0)
        {
            bool matched = false;
            foreach (string host in param.Hosts)
            {
                if (HostnameMatch.CheckHost(leaf, host, param.HostFlags, out string? name) == 1)
                {
                    param.PeerName = name;
                    matched = true;
                    break;
                }
            }
            if (!matched && Report(ctx, leaf, 0, VerifyError.HostnameMismatch) == 0)
                return 0;
        }
        if (param.Ip is not null && HostnameMatch.CheckIp(leaf, param.Ip) != 1
            && Report(ctx, leaf, 0, VerifyError.IpAddressMismatch) == 0)
            return 0;
        return 1;
    }

    // OpenSSL's internal_verify(): from the top of the chain down, each
    // signature with its issuer's key and each validity period; the
    // callback hears of every depth that passes.
    private static int CheckSignaturesAndTimes(VerifyContext ctx)
    {
        List<CertificateFacts> chain = ctx.Chain;
        VerifyParam param = ctx.Param;
        int n = chain.Count - 1;
        CertificateFacts xi = chain[n];
        CertificateFacts xs;
        bool skipSignature = false;
        if (xi.IsSelfSigned)
        {
            xs = xi;
        }
        else if ((param.Flags & VerifyParam.FlagPartialChain) != 0)
        {
            xs = xi;
            skipSignature = true;
        }
        else if (n <= 0)
        {
            if (Report(ctx, xi, 0, VerifyError.UnableToVerifyLeafSignature) == 0)
                return 0;
            xs = xi;
            skipSignature = true;
        }
        else
        {
            n--;
            ctx.ErrorDepth = n;
            xs = chain[n];
        }

        while (n >= 0)
        {
            bool checkSignature = !skipSignature && (!ReferenceEquals(xs, xi)
                || ((param.Flags & VerifyParam.FlagCheckSsSignature) != 0 && xi.IsSelfSigned));
            if (checkSignature)
            {
                int issuerDepth = n + (ReferenceEquals(xs, xi) ? 0 : 1);
                if (!(ReferenceEquals(xs, xi) && !xi.IsCa) && xi.HasKeyUsage
                    && (xi.KeyUsage & CertificateFacts.KuKeyCertSign) == 0
                    && Report(ctx, xi, issuerDepth, VerifyError.KeyUsageNoCertSign) == 0)
                    return 0;
                if (!SignatureValid(xs, xi) && Report(ctx, xs, n, VerifyError.CertSignatureFailure) == 0)
                    return 0;
            }
            skipSignature = false;

            // OpenSSL's check_time(): a time set with X509_VERIFY_PARAM_set_time wins over NO_CHECK_TIME.
            if ((param.Flags & VerifyParam.FlagNoCheckTime) == 0 || (param.Flags & VerifyParam.FlagUseCheckTime) != 0)
            {
                DateTime now = param.Now;
                if (xs.Certificate.NotBefore > now && Report(ctx, xs, n, VerifyError.CertNotYetValid) == 0)
                    return 0;
                if (xs.Certificate.NotAfter < now && Report(ctx, xs, n, VerifyError.CertHasExpired) == 0)
                    return 0;
            }

            ctx.CurrentCert = xs;
            ctx.ErrorDepth = n;
            if (ctx.Callback is not null && ctx.Callback(1, ctx) == 0)
                return 0;
            if (--n >= 0)
            {
                xi = xs;
                xs = chain[n];
            }
        }
        return 1;
    }

    private static bool SignatureValid(CertificateFacts subject, CertificateFacts issuer)
    {
        bool valid;
        try
        {
            valid = subject.Certificate.IsSignatureValid(issuer.Certificate.GetPublicKey());
        }
        catch (Exception)
        {
            valid = false;
        }
        // As OpenSSL's ASN1_item_verify(), a failed check leaves ERR_R_EVP_LIB on the queue.
        if (!valid)
            Err.ErrorQueue.Push(Err.ErrorCode.LibAsn1, Err.ErrorCode.REvpLib, "ASN1_item_verify");
        return valid;
    }

    // OpenSSL's check_name_constraints(): each certificate against the
    // constraints of every certificate above it.  dNSName (with the
    // leaf's common names when it has no dNSName) and iPAddress forms are
    // checked; other forms are not constrained.
    private static int CheckNameConstraints(VerifyContext ctx)
    {
        List<CertificateFacts> chain = ctx.Chain;
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            CertificateFacts x = chain[i];
            if (i != 0 && x.IsSelfIssued)
                continue;
            for (int j = chain.Count - 1; j > i; j--)
            {
                NameConstraints? nc = chain[j].NameConstraints;
                if (nc is null)
                    continue;
                int rv = CheckAgainst(x, nc, i == 0, ctx.Param.HostFlags);
                if (rv != VerifyError.Ok && Report(ctx, x, i, rv) == 0)
                    return 0;
            }
        }
        return 1;
    }

    private static int CheckAgainst(CertificateFacts x, NameConstraints nc, bool leaf, uint hostFlags)
    {
        var names = new List<GeneralName>();
        bool hasDns = false;
        if (x.AltNames is not null)
            foreach (GeneralName g in x.AltNames)
            {
                names.Add(g);
                hasDns |= g.TagNo == GeneralName.DnsName;
            }
        int rv = CheckNames(names, nc);
        if (rv != VerifyError.Ok)
            return rv;
        if (leaf && (hostFlags & HostnameMatch.NeverCheckSubject) == 0
            && ((hostFlags & HostnameMatch.AlwaysCheckSubject) != 0 || !hasDns))
        {
            var cns = new List<GeneralName>();
            foreach (string cn in x.Subject.GetValueList(BcX509Name.CN))
                if (LooksLikeDnsName(cn))
                    cns.Add(new GeneralName(GeneralName.DnsName, cn));
            return CheckNames(cns, nc);
        }
        return VerifyError.Ok;
    }

    private static int CheckNames(List<GeneralName> names, NameConstraints nc)
    {
        foreach (GeneralName name in names)
        {
            if (name.TagNo != GeneralName.DnsName && name.TagNo != GeneralName.IPAddress)
                continue;
            bool typeSeen = false, matched = false;
            foreach (GeneralSubtree t in Subtrees(nc, permitted: true))
            {
                if (t.Base.TagNo != name.TagNo)
                    continue;
                typeSeen = true;
                matched |= SubtreeMatches(name, t.Base);
            }
            if (typeSeen && !matched)
                return VerifyError.PermittedViolation;
            foreach (GeneralSubtree t in Subtrees(nc, permitted: false))
                if (t.Base.TagNo == name.TagNo && SubtreeMatches(name, t.Base))
                    return VerifyError.ExcludedViolation;
        }
        return VerifyError.Ok;
    }

    private static List<GeneralSubtree> Subtrees(NameConstraints nc, bool permitted)
    {
        var list = new List<GeneralSubtree>();
#pragma warning disable CS0618 // the replacement property's type has no enumerator in 2.7
        Asn1Sequence? seq = permitted ? nc.PermittedSubtrees : nc.ExcludedSubtrees;
#pragma warning restore CS0618
        if (seq is not null)
            foreach (Asn1Encodable e in seq)
                list.Add(GeneralSubtree.GetInstance(e));
        return list;
    }

    private static bool SubtreeMatches(GeneralName name, GeneralName subtree)
    {
        if (name.TagNo == GeneralName.DnsName)
        {
            string n = ((IAsn1String)name.Name).GetString();
            string b = ((IAsn1String)subtree.Name).GetString();
            if (b.Length == 0)
                return true;
            if (n.Length < b.Length || !n.EndsWith(b, StringComparison.OrdinalIgnoreCase))
                return false;
            // The base must be a whole-label suffix: "example.com" matches "www.example.com", not "badexample.com".
            return n.Length == b.Length || b[0] == '.' || n[n.Length - b.Length - 1] == '.';
        }
        byte[] ip = Asn1OctetString.GetInstance(name.Name).GetOctets();
        byte[] range = Asn1OctetString.GetInstance(subtree.Name).GetOctets();
        if (range.Length != ip.Length * 2)
            return false;
        for (int k = 0; k < ip.Length; k++)
            if ((ip[k] & range[ip.Length + k]) != (range[k] & range[ip.Length + k]))
                return false;
        return true;
    }

    // OpenSSL's cn2dnsid(): a common name counts as a host name when it has
    // a dot and only letters, digits, hyphens and dots.
    private static bool LooksLikeDnsName(string cn)
    {
        if (cn.Length == 0 || !cn.Contains('.'))
            return false;
        foreach (char c in cn)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '.'))
                return false;
        return true;
    }
}
