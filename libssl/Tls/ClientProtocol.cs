using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// BouncyCastle's client protocol in non-blocking mode, with close_notify
/// handled as OpenSSL does (see <see cref="CloseNotifyState"/>).
/// </summary>
internal sealed class ClientProtocol : TlsClientProtocol, IEngineProtocol
{
    private readonly ClientPeer _peer;

    public ClientProtocol(ClientPeer peer) => _peer = peer;

    public CloseNotifyState CloseNotify { get; } = new();

    public IEnginePeer EnginePeer => _peer;

    public TlsProtocol Protocol => this;

    protected override void HandleAlertWarningMessage(short alertDescription)
    {
        if (!CloseNotify.TakeAlert(alertDescription, _peer.HandshakeComplete))
            base.HandleAlertWarningMessage(alertDescription);
    }

    /// <summary>The TLS 1.3 handshake traffic secrets exist from here on: the key log gets them.</summary>
    protected override void Process13ServerHelloCoda(ServerHello serverHello, bool afterHelloRetryRequest)
    {
        base.Process13ServerHelloCoda(serverHello, afterHelloRetryRequest);
        KeyLog.Handshake(_peer.Context, _peer.KeyLog);
    }

    /// <summary>The signature scheme the server signed with (SSL_get_peer_signature_nid(3)), or -1.</summary>
    public int PeerSignatureScheme { get; private set; } = -1;

    protected override void HandleHandshakeMessage(short type, HandshakeMessageInput buf)
    {
        int scheme = PeerSignature.Scheme(type, buf, Context);
        if (scheme >= 0)
            PeerSignatureScheme = scheme;
        base.HandleHandshakeMessage(type, buf);
    }

    private bool _completedSecretsLogged;

    /// <summary>
    /// The engine clears the master and exporter secrets here, right after
    /// telling the peer the handshake is complete: the key log gets the
    /// secrets of the completed handshake first.
    /// </summary>
    protected override void CleanupHandshake()
    {
        if (_peer.HandshakeComplete && !_completedSecretsLogged)
        {
            _completedSecretsLogged = true;
            KeyLog.Completed(_peer.Context, _peer.KeyLog);
        }
        base.CleanupHandshake();
    }

    public void SendCloseNotify()
    {
        if (CloseNotify.MarkSent())
            RaiseAlertWarning(AlertDescription.close_notify, "Connection closed");
    }

    public void Start() => Connect(_peer);
}
