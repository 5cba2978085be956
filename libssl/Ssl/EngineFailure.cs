using System;
using System.IO;
using LibSsl.Err;
using Org.BouncyCastle.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// The one place an engine failure becomes an SSL_R_* reason (LibreSSL's
/// tls13_legacy.c plays this part there).  An alert from the peer is
/// reported as 1000 + its number, the convention of both OpenSSL and
/// LibreSSL; an alert we raise ourselves is named by what went wrong.
/// </summary>
internal static class EngineFailure
{
    public static int Reason(Exception e, byte[]? header)
    {
        switch (e)
        {
            case Tls.PeerCertificateRejected:
                return SslReason.CertificateVerifyFailed;
            case Tls.PeerCertificateMissing:
                return SslReason.PeerDidNotReturnACertificate;
            case TlsFatalAlertReceived received:
                return SslReason.AlertOffset + received.AlertDescription;
            case TlsFatalAlert { AlertDescription: AlertDescription.internal_error } limit
                when limit.Message.Contains("exceeds the maximum", StringComparison.Ordinal):
                // BouncyCastle's size limit (PeerLimits) is reported as an
                // internal error; it is OpenSSL's "excessive message size".
                return SslReason.ExcessiveMessageSize;
            case TlsFatalAlert raised:
                return ForRaisedAlert(raised.AlertDescription, header);
            case EndOfStreamException:
                return SslReason.UnexpectedEofWhileReading;
            case IOException:
                return SslReason.SslHandshakeFailure;
            default:
                return ErrorCode.RInternalError;
        }
    }

    private static int ForRaisedAlert(short alert, byte[]? header)
    {
        // A record header that is not TLS at all (a plain-text server, a
        // proxy's error page) is reported as OpenSSL does: wrong version.
        if (header is not null && header[1] != 3)
            return SslReason.WrongVersionNumber;
        return alert switch
        {
            AlertDescription.protocol_version => SslReason.UnsupportedProtocol,
            AlertDescription.bad_record_mac or AlertDescription.decryption_failed =>
                SslReason.DecryptionFailedOrBadRecordMac,
            AlertDescription.record_overflow => SslReason.PacketLengthTooLong,
            AlertDescription.unexpected_message => SslReason.UnexpectedMessage,
            AlertDescription.decode_error => SslReason.BadPacket,
            AlertDescription.illegal_parameter => SslReason.BadExtension,
            AlertDescription.handshake_failure => SslReason.SslHandshakeFailure,
            AlertDescription.insufficient_security => SslReason.InsufficientSecurity,
            AlertDescription.decrypt_error => SslReason.BadSignature,
            AlertDescription.no_application_protocol => SslReason.NoApplicationProtocol,
            AlertDescription.unrecognized_name => SslReason.CallbackFailed,
            AlertDescription.bad_certificate or AlertDescription.unsupported_certificate
                or AlertDescription.certificate_unknown => SslReason.CertificateVerifyFailed,
            _ => ErrorCode.RInternalError,
        };
    }
}
