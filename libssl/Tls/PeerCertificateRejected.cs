using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// The peer's certificate failed verification under SSL_VERIFY_PEER: the
/// handshake ends with <see cref="TlsFatalAlert.AlertDescription"/> and
/// the SSL layer reports SSL_R_CERTIFICATE_VERIFY_FAILED.
/// </summary>
internal sealed class PeerCertificateRejected : TlsFatalAlert
{
    public PeerCertificateRejected(short alert) : base(alert)
    {
    }
}
