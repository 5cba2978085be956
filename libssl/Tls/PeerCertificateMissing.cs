using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// A client sent no certificate to a server that requires one
/// (SSL_VERIFY_FAIL_IF_NO_PEER_CERT): the SSL layer reports
/// SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE.
/// </summary>
internal sealed class PeerCertificateMissing : TlsFatalAlert
{
    public PeerCertificateMissing(short alert) : base(alert)
    {
    }
}
