namespace LibSsl.Ssl;

// SSL_get_peer_signature_nid(3).
internal sealed partial class Ssl
{
    /// <summary>OpenSSL's digest and signature-type NIDs of the peer's handshake signature; null when there was none.</summary>
    public (int Hash, int Type)? PeerSignatureNids =>
        HandshakeDone ? Tls.PeerSignature.Nids(_engine!.PeerSignatureScheme) : null;
}
