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

    public void SendCloseNotify()
    {
        if (CloseNotify.MarkSent())
            RaiseAlertWarning(AlertDescription.close_notify, "Connection closed");
    }

    public void Start() => Connect(_peer);
}
