using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

// Session resumption, the client's side (SSL_set_session(3)).
internal sealed partial class ClientPeer
{
    /// <summary>
    /// The session SSL_set_session gave, made fresh for this handshake.  The
    /// engine itself drops it (sending no id) when its version or suite is
    /// not offered now, so the handshake is then a full one, as in OpenSSL.
    /// </summary>
    public override TlsSession? GetSessionToResume() => _config.ResumeOffer?.ToEngine(Crypto);
}
