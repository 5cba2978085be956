namespace LibSsl.X509;

/// <summary>
/// X509_V_* results of certificate verification (x509_vfy.h numbers) and
/// the texts X509_verify_cert_error_string(3) gives for them; the texts are
/// OpenSSL 3's, so programs that print them print the same thing.
/// </summary>
internal static class VerifyError
{
    public const int Ok = 0;
    public const int UnableToGetIssuerCert = 2;
    public const int CertSignatureFailure = 7;
    public const int CertNotYetValid = 9;
    public const int CertHasExpired = 10;
    public const int DepthZeroSelfSignedCert = 18;
    public const int SelfSignedCertInChain = 19;
    public const int UnableToGetIssuerCertLocally = 20;
    public const int UnableToVerifyLeafSignature = 21;
    public const int CertChainTooLong = 22;
    public const int NoIssuerPublicKey = 24;
    public const int PathLengthExceeded = 25;
    public const int InvalidPurpose = 26;
    public const int KeyUsageNoCertSign = 32;
    public const int UnhandledCriticalExtension = 34;
    public const int InvalidNonCa = 37;
    public const int PermittedViolation = 47;
    public const int ExcludedViolation = 48;
    public const int ApplicationVerification = 50;
    public const int HostnameMismatch = 62;
    public const int IpAddressMismatch = 64;
    public const int InvalidCall = 69;
    public const int InvalidCa = 79;

    // Indexed by X509_V_* number, 0 to 94 (X509_V_ERR_EC_KEY_EXPLICIT_PARAMS).
    private static readonly string[] s_texts =
    {
        "ok",
        "unspecified certificate verification error",
        "unable to get issuer certificate",
        "unable to get certificate CRL",
        "unable to decrypt certificate's signature",
        "unable to decrypt CRL's signature",
        "unable to decode issuer public key",
        "certificate signature failure",
        "CRL signature failure",
        "certificate is not yet valid",
        "certificate has expired",
        "CRL is not yet valid",
        "CRL has expired",
        "format error in certificate's notBefore field",
        "format error in certificate's notAfter field",
        "format error in CRL's lastUpdate field",
        "format error in CRL's nextUpdate field",
        "out of memory",
        "self-signed certificate",
        "self-signed certificate in certificate chain",
        "unable to get local issuer certificate",
        "unable to verify the first certificate",
        "certificate chain too long",
        "certificate revoked",
        "issuer certificate doesn't have a public key",
        "path length constraint exceeded",
        "unsuitable certificate purpose",
        "certificate not trusted",
        "certificate rejected",
        "subject issuer mismatch",
        "authority and subject key identifier mismatch",
        "authority and issuer serial number mismatch",
        "key usage does not include certificate signing",
        "unable to get CRL issuer certificate",
        "unhandled critical extension",
        "key usage does not include CRL signing",
        "unhandled critical CRL extension",
        "invalid non-CA certificate (has CA markings)",
        "proxy path length constraint exceeded",
        "key usage does not include digital signature",
        "proxy certificates not allowed, please set the appropriate flag",
        "invalid or inconsistent certificate extension",
        "invalid or inconsistent certificate policy extension",
        "no explicit policy",
        "different CRL scope",
        "unsupported extension feature",
        "RFC 3779 resource not subset of parent's resources",
        "permitted subtree violation",
        "excluded subtree violation",
        "name constraints minimum and maximum not supported",
        "application verification failure",
        "unsupported name constraint type",
        "unsupported or invalid name constraint syntax",
        "unsupported or invalid name syntax",
        "CRL path validation error",
        "path loop",
        "Suite B: certificate version invalid",
        "Suite B: invalid public key algorithm",
        "Suite B: invalid ECC curve",
        "Suite B: invalid signature algorithm",
        "Suite B: curve not allowed for this LOS",
        "Suite B: cannot sign P-384 with P-256",
        "hostname mismatch",
        "email address mismatch",
        "IP address mismatch",
        "no matching DANE TLSA records",
        "EE certificate key too weak",
        "CA certificate key too weak",
        "CA signature digest algorithm too weak",
        "invalid certificate verification context",
        "issuer certificate lookup error",
        "Certificate Transparency required, but no valid SCTs found",
        "proxy subject name violation",
        "OCSP verification needed",
        "OCSP verification failed",
        "OCSP unknown cert",
        "Cannot find certificate signature algorithm",
        "subject signature algorithm and issuer public key algorithm mismatch",
        "cert info signature and signature algorithm mismatch",
        "invalid CA certificate",
        "Path length invalid for non-CA cert",
        "Path length given without key usage keyCertSign",
        "Key usage keyCertSign invalid for non-CA cert",
        "Issuer name empty",
        "Subject name empty",
        "Missing Authority Key Identifier",
        "Missing Subject Key Identifier",
        "Empty Subject Alternative Name extension",
        "Subject empty and Subject Alt Name extension not critical",
        "Basic Constraints of CA cert not marked critical",
        "Authority Key Identifier marked critical",
        "Subject Key Identifier marked critical",
        "CA cert does not include key usage extension",
        "Using cert extension requires at least X509v3",
        "Certificate public key has explicit ECC parameters",
    };

    /// <summary>X509_verify_cert_error_string(3): the text, or OpenSSL's text for an unknown number.</summary>
    public static string Text(long code) =>
        code >= 0 && code < s_texts.Length ? s_texts[code] : "unknown certificate verification error";
}
