using System.Collections.Generic;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509.Extension;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

using BcX509Name = Org.BouncyCastle.Asn1.X509.X509Name;

namespace LibSsl.X509;

/// <summary>
/// What path validation needs to know of one certificate, read from its
/// extensions the way OpenSSL's x509v3_cache_extensions() reads them: the
/// names, basicConstraints, keyUsage, extendedKeyUsage, key identifiers,
/// and whether it is self-issued or self-signed (OpenSSL's EXFLAG_SI and
/// EXFLAG_SS: the flags are computed from names, key identifiers and key
/// usage, never from a signature check).
/// </summary>
internal sealed class CertificateFacts
{
    // keyUsage bits as OpenSSL numbers them (X509v3_KU_*).
    public const int KuDigitalSignature = 0x0080;
    public const int KuKeyEncipherment = 0x0020;
    public const int KuKeyAgreement = 0x0008;
    public const int KuKeyCertSign = 0x0004;

    public static readonly DerObjectIdentifier ServerAuth = KeyPurposeID.id_kp_serverAuth;
    public static readonly DerObjectIdentifier ClientAuth = KeyPurposeID.id_kp_clientAuth;

    private static readonly HashSet<string> s_handledCritical = new()
    {
        X509Extensions.BasicConstraints.Id, X509Extensions.KeyUsage.Id, X509Extensions.ExtendedKeyUsage.Id,
        X509Extensions.SubjectAlternativeName.Id, X509Extensions.IssuerAlternativeName.Id,
        X509Extensions.NameConstraints.Id, X509Extensions.CertificatePolicies.Id,
        X509Extensions.PolicyConstraints.Id, X509Extensions.PolicyMappings.Id,
        X509Extensions.InhibitAnyPolicy.Id, X509Extensions.SubjectKeyIdentifier.Id,
        X509Extensions.AuthorityKeyIdentifier.Id, X509Extensions.CrlDistributionPoints.Id,
        X509Extensions.FreshestCrl.Id, X509Extensions.AuthorityInfoAccess.Id,
    };

    public CertificateFacts(BcCertificate cert)
    {
        Certificate = cert;
        Subject = cert.SubjectDN;
        Issuer = cert.IssuerDN;

        Asn1Encodable? bc = Extension(cert, X509Extensions.BasicConstraints);
        if (bc is not null)
        {
            BasicConstraints b = BasicConstraints.GetInstance(bc);
            HasBasicConstraints = true;
            IsCa = b.IsCA();
            PathLength = b.IsCA() && b.PathLenConstraint is not null ? b.PathLenConstraint.IntValue : -1;
        }
        else
        {
            PathLength = -1;
        }

        Asn1Encodable? ku = Extension(cert, X509Extensions.KeyUsage);
        if (ku is not null)
        {
            HasKeyUsage = true;
            KeyUsage = KeyUsageBits(DerBitString.GetInstance(ku));
        }

        Asn1Encodable? eku = Extension(cert, X509Extensions.ExtendedKeyUsage);
        if (eku is not null)
            ExtendedKeyUsage = Org.BouncyCastle.Asn1.X509.ExtendedKeyUsage.GetInstance(eku);

        Asn1Encodable? skid = Extension(cert, X509Extensions.SubjectKeyIdentifier);
        if (skid is not null)
            SubjectKeyId = Asn1OctetString.GetInstance(skid).GetOctets();
        Asn1Encodable? akid = Extension(cert, X509Extensions.AuthorityKeyIdentifier);
        if (akid is not null)
            AuthorityKeyId = AuthorityKeyIdentifier.GetInstance(akid).KeyIdentifier?.GetOctets();

        Asn1Encodable? san = Extension(cert, X509Extensions.SubjectAlternativeName);
        if (san is not null)
            AltNames = GeneralNames.GetInstance(san).GetNames();

        Asn1Encodable? nc = Extension(cert, X509Extensions.NameConstraints);
        if (nc is not null)
            NameConstraints = Org.BouncyCastle.Asn1.X509.NameConstraints.GetInstance(nc);

        var critical = cert.GetCriticalExtensionOids();
        if (critical is not null)
            foreach (string oid in critical)
                if (!s_handledCritical.Contains(oid))
                    HasUnhandledCritical = true;

        // EXFLAG_SI: the subject is its own issuer by name and by key id.
        IsSelfIssued = Subject.Equivalent(Issuer, true) && KeyIdsAllow(this, this);
        // EXFLAG_SS: self-issued and allowed to sign certificates.
        IsSelfSigned = IsSelfIssued && (!HasKeyUsage || (KeyUsage & KuKeyCertSign) != 0);
    }

    public BcCertificate Certificate { get; }

    public BcX509Name Subject { get; }

    public BcX509Name Issuer { get; }

    public bool HasBasicConstraints { get; }

    public bool IsCa { get; }

    /// <summary>pathLenConstraint, or -1 when there is none.</summary>
    public int PathLength { get; }

    public bool HasKeyUsage { get; }

    public int KeyUsage { get; }

    public ExtendedKeyUsage? ExtendedKeyUsage { get; }

    public byte[]? SubjectKeyId { get; }

    public byte[]? AuthorityKeyId { get; }

    public GeneralName[]? AltNames { get; }

    public NameConstraints? NameConstraints { get; }

    public bool HasUnhandledCritical { get; }

    public bool IsSelfIssued { get; }

    public bool IsSelfSigned { get; }

    /// <summary>
    /// X509_check_ca(3): 0 when the certificate may not act as a CA, 1 for
    /// basicConstraints CA:TRUE, 3 for a self-signed version 1 certificate,
    /// 4 for keyUsage keyCertSign without basicConstraints.
    /// </summary>
    public int CheckCa()
    {
        if (HasKeyUsage && (KeyUsage & KuKeyCertSign) == 0)
            return 0;
        if (HasBasicConstraints)
            return IsCa ? 1 : 0;
        if (Certificate.Version == 1 && IsSelfSigned)
            return 3;
        if (HasKeyUsage)
            return 4;
        return 0;
    }

    /// <summary>
    /// X509_check_purpose(3) for the TLS purposes: a server certificate
    /// (ssl_server) or a client certificate (ssl_client), as a leaf or
    /// (<paramref name="asCa"/>) as one of its issuers.
    /// </summary>
    public bool FitsPurpose(VerifyPurpose purpose, bool asCa)
    {
        if (purpose is VerifyPurpose.Any or VerifyPurpose.Unset)
            return true;
        DerObjectIdentifier wanted = purpose == VerifyPurpose.SslServer ? ServerAuth : ClientAuth;
        if (ExtendedKeyUsage is not null && !HasUsage(wanted.Id) && !HasUsage(KeyPurposeID.AnyExtendedKeyUsage.Id)
            && !(purpose == VerifyPurpose.SslServer && (HasUsage("2.16.840.1.113730.4.1") || HasUsage("1.3.6.1.4.1.311.10.3.3"))))
            return false;
        if (asCa)
            return CheckCa() != 0;
        int usable = purpose == VerifyPurpose.SslServer
            ? KuDigitalSignature | KuKeyEncipherment | KuKeyAgreement
            : KuDigitalSignature | KuKeyAgreement;
        return !HasKeyUsage || (KeyUsage & usable) != 0;
    }

    // Netscape and Microsoft server gated crypto count as serverAuth (OpenSSL's XKU_SGC).
    private bool HasUsage(string oid)
    {
        foreach (DerObjectIdentifier u in ExtendedKeyUsage!.GetAllUsages())
            if (u.Id == oid)
                return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="issuer"/> may have issued <paramref name="subject"/>
    /// (OpenSSL's X509_check_issued without the signature): names, then key
    /// identifiers when both are present.
    /// </summary>
    public static bool MayHaveIssued(CertificateFacts issuer, CertificateFacts subject) =>
        issuer.Subject.Equivalent(subject.Issuer, true) && KeyIdsAllow(issuer, subject);

    private static bool KeyIdsAllow(CertificateFacts issuer, CertificateFacts subject) =>
        subject.AuthorityKeyId is null || issuer.SubjectKeyId is null
        || Org.BouncyCastle.Utilities.Arrays.AreEqual(subject.AuthorityKeyId, issuer.SubjectKeyId);

    private static Asn1Encodable? Extension(BcCertificate cert, DerObjectIdentifier oid)
    {
        Asn1OctetString? value = cert.GetExtensionValue(oid);
        return value is null ? null : X509ExtensionUtilities.FromExtensionValue(value);
    }

    // DER bit 0 is the most significant bit of the first byte; OpenSSL packs
    // the first byte as the low byte and the second as the high byte.
    private static int KeyUsageBits(DerBitString bits)
    {
        byte[] b = bits.GetBytes();
        int v = b.Length > 0 ? b[0] : 0;
        if (b.Length > 1)
            v |= b[1] << 8;
        return v;
    }
}

/// <summary>The X509_PURPOSE a chain is checked for (OpenSSL's numbers; 0 for none set).</summary>
internal enum VerifyPurpose
{
    Unset = 0,
    SslClient = 1,
    SslServer = 2,
    Any = 7,
}
