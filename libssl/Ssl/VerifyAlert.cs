using LibSsl.X509;
using Org.BouncyCastle.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// The alert a failed verification ends the handshake with, per X509_V_*
/// error: OpenSSL's table (ssl_x509err2alert), so a peer sees the same
/// alert from us as from OpenSSL.
/// </summary>
internal static class VerifyAlert
{
    public static short For(int error) => error switch
    {
        VerifyError.ApplicationVerification => AlertDescription.handshake_failure,
        VerifyError.CertChainTooLong => AlertDescription.unknown_ca,
        VerifyError.CertHasExpired => AlertDescription.certificate_expired,
        VerifyError.CertNotYetValid => AlertDescription.bad_certificate,
        28 /* CERT_REJECTED */ or 27 /* CERT_UNTRUSTED */ => AlertDescription.bad_certificate,
        23 /* CERT_REVOKED */ => AlertDescription.certificate_revoked,
        VerifyError.CertSignatureFailure => AlertDescription.decrypt_error,
        VerifyError.DepthZeroSelfSignedCert => AlertDescription.unknown_ca,
        13 or 14 /* ERROR_IN_CERT_NOT_BEFORE/AFTER_FIELD */ => AlertDescription.bad_certificate,
        VerifyError.HostnameMismatch or VerifyError.IpAddressMismatch or 63 /* EMAIL_MISMATCH */ =>
            AlertDescription.bad_certificate,
        VerifyError.InvalidCa => AlertDescription.unknown_ca,
        VerifyError.InvalidCall => AlertDescription.internal_error,
        VerifyError.InvalidPurpose => AlertDescription.unsupported_certificate,
        17 /* OUT_OF_MEM */ => AlertDescription.internal_error,
        VerifyError.PathLengthExceeded => AlertDescription.unknown_ca,
        VerifyError.SelfSignedCertInChain => AlertDescription.unknown_ca,
        6 /* UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY */ or 4 /* UNABLE_TO_DECRYPT_CERT_SIGNATURE */ =>
            AlertDescription.bad_certificate,
        VerifyError.UnableToGetIssuerCert or VerifyError.UnableToGetIssuerCertLocally
            or VerifyError.UnableToVerifyLeafSignature => AlertDescription.unknown_ca,
        1 /* UNSPECIFIED */ => AlertDescription.internal_error,
        _ => AlertDescription.certificate_unknown,
    };
}
