using System.Collections.Generic;

namespace LibSsl.Err;

/// <summary>
/// SSL_R_* reason codes (the numbers are OpenSSL's, see sslerr.h) and their
/// text.  Alerts received from the peer are reported as AlertOffset plus
/// the alert number, as OpenSSL and LibreSSL do.
/// </summary>
internal static class SslReason
{
    public const int BadLength = 271;
    public const int BadData = 390;
    public const int SslSessionIdContextTooLong = 273;
    public const int UnknownCertificateType = 247;
    public const int CallbackFailed = 234;
    public const int NoApplicationProtocol = 235;
    public const int NoCertificateSet = 179;
    public const int NoCertificateAssigned = 177;
    public const int BadSslFiletype = 124;
    public const int NoPrivateKeyAssigned = 190;
    public const int BadWriteRetry = 127;
    public const int BadPacket = 240;
    public const int BadExtension = 110;
    public const int BioNotSet = 128;
    public const int CertificateVerifyFailed = 134;
    public const int PeerDidNotReturnACertificate = 199;
    public const int ConnectionTypeNotSet = 144;
    public const int DecryptionFailedOrBadRecordMac = 281;
    public const int ExcessiveMessageSize = 152;
    public const int InsufficientSecurity = 241;
    public const int InvalidCommand = 280;
    public const int LengthMismatch = 159;
    public const int NoCipherMatch = 185;
    public const int NoProtocolsAvailable = 191;
    public const int NoSharedCipher = 193;
    public const int NullSslCtx = 195;
    public const int NullSslMethodPassed = 196;
    public const int InvalidServername = 319;
    public const int InvalidServernameType = 320;
    public const int NoCiphersAvailable = 181;
    public const int PacketLengthTooLong = 198;
    public const int ProtocolIsShutdown = 207;
    public const int ShutdownWhileInInit = 407;
    public const int SslHandshakeFailure = 229;
    public const int UnexpectedEofWhileReading = 294;
    public const int UnexpectedMessage = 244;
    public const int UnexpectedRecord = 245;
    public const int Uninitialized = 276;
    public const int UnknownProtocol = 252;
    public const int UnsupportedProtocol = 258;
    public const int WrongSslVersion = 266;
    public const int WrongVersionNumber = 267;
    public const int BadSignature = 123;
    public const int BadKeyShare = 108;
    public const int ApplicationDataAfterCloseNotify = 291;

    /// <summary>SSL_AD_REASON_OFFSET: a received alert N is reason 1000 + N.</summary>
    public const int AlertOffset = 1000;

    private static readonly Dictionary<int, string> s_text = new()
    {
        [BadLength] = "bad length",
        [UnknownCertificateType] = "unknown certificate type",
        [CallbackFailed] = "callback failed",
        [NoApplicationProtocol] = "no application protocol",
        [NoCertificateSet] = "no certificate set",
        [NoCertificateAssigned] = "no certificate assigned",
        [BadSslFiletype] = "bad ssl filetype",
        [NoPrivateKeyAssigned] = "no private key assigned",
        [BadWriteRetry] = "bad write retry",
        [BadPacket] = "bad packet",
        [BadExtension] = "bad extension",
        [BioNotSet] = "bio not set",
        [CertificateVerifyFailed] = "certificate verify failed",
        [PeerDidNotReturnACertificate] = "peer did not return a certificate",
        [ConnectionTypeNotSet] = "connection type not set",
        [DecryptionFailedOrBadRecordMac] = "decryption failed or bad record mac",
        [ExcessiveMessageSize] = "excessive message size",
        [InsufficientSecurity] = "insufficient security",
        [InvalidCommand] = "invalid command",
        [LengthMismatch] = "length mismatch",
        [NoCipherMatch] = "no cipher match",
        [NoProtocolsAvailable] = "no protocols available",
        [NoSharedCipher] = "no shared cipher",
        [NullSslCtx] = "null ssl ctx",
        [NullSslMethodPassed] = "null ssl method passed",
        [InvalidServername] = "ssl3 ext invalid servername",
        [InvalidServernameType] = "ssl3 ext invalid servername type",
        [NoCiphersAvailable] = "no ciphers available",
        [PacketLengthTooLong] = "packet length too long",
        [BadData] = "bad data",
        [SslSessionIdContextTooLong] = "ssl session id context too long",
        [ProtocolIsShutdown] = "protocol is shutdown",
        [ShutdownWhileInInit] = "shutdown while in init",
        [SslHandshakeFailure] = "ssl handshake failure",
        [UnexpectedEofWhileReading] = "unexpected eof while reading",
        [UnexpectedMessage] = "unexpected message",
        [UnexpectedRecord] = "unexpected record",
        [Uninitialized] = "uninitialized",
        [UnknownProtocol] = "unknown protocol",
        [UnsupportedProtocol] = "unsupported protocol",
        [WrongSslVersion] = "wrong ssl version",
        [WrongVersionNumber] = "wrong version number",
        [BadSignature] = "bad signature",
        [BadKeyShare] = "bad key share",
        [ApplicationDataAfterCloseNotify] = "application data after close notify",
    };

    // Alert names in the "sslv3 alert" / "tlsv1 alert" wording that programs
    // match on; the prefix follows the protocol version that introduced it.
    private static readonly Dictionary<int, string> s_alerts = new()
    {
        [0] = "sslv3 alert close notify",
        [10] = "sslv3 alert unexpected message",
        [20] = "sslv3 alert bad record mac",
        [21] = "tlsv1 alert decryption failed",
        [22] = "tlsv1 alert record overflow",
        [30] = "sslv3 alert decompression failure",
        [40] = "sslv3 alert handshake failure",
        [41] = "sslv3 alert no certificate",
        [42] = "sslv3 alert bad certificate",
        [43] = "sslv3 alert unsupported certificate",
        [44] = "sslv3 alert certificate revoked",
        [45] = "sslv3 alert certificate expired",
        [46] = "sslv3 alert certificate unknown",
        [47] = "sslv3 alert illegal parameter",
        [48] = "tlsv1 alert unknown ca",
        [49] = "tlsv1 alert access denied",
        [50] = "tlsv1 alert decode error",
        [51] = "tlsv1 alert decrypt error",
        [60] = "tlsv1 alert export restriction",
        [70] = "tlsv1 alert protocol version",
        [71] = "tlsv1 alert insufficient security",
        [80] = "tlsv1 alert internal error",
        [86] = "tlsv1 alert inappropriate fallback",
        [90] = "tlsv1 alert user cancelled",
        [100] = "tlsv1 alert no renegotiation",
        [109] = "tlsv13 alert missing extension",
        [110] = "tlsv1 unsupported extension",
        [111] = "tlsv1 certificate unobtainable",
        [112] = "tlsv1 unrecognized name",
        [113] = "tlsv1 bad certificate status response",
        [114] = "tlsv1 bad certificate hash value",
        [115] = "tlsv1 alert unknown psk identity",
        [116] = "tlsv13 alert certificate required",
        [120] = "tlsv1 alert no application protocol",
    };

    public static string? Describe(int reason)
    {
        if (reason >= AlertOffset && reason < AlertOffset + 256)
            return s_alerts.GetValueOrDefault(reason - AlertOffset);
        return s_text.GetValueOrDefault(reason);
    }
}
