using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// BouncyCastle's client protocol in non-blocking mode, with one change of
/// behaviour: close_notify.  BouncyCastle answers a peer's close_notify at
/// once and then refuses all input; OpenSSL instead records it
/// (SSL_RECEIVED_SHUTDOWN) and sends its own only when the application calls
/// SSL_shutdown(3), which may then wait for the peer's.  We keep the
/// engine open and track both directions ourselves.
/// </summary>
internal sealed class ClientProtocol : TlsClientProtocol
{
    private readonly ClientPeer _peer;

    public ClientProtocol(ClientPeer peer)
    {
        _peer = peer;
    }

    public bool CloseNotifyReceived { get; private set; }

    public bool CloseNotifySent { get; private set; }

    protected override void HandleAlertWarningMessage(short alertDescription)
    {
        if (alertDescription == AlertDescription.close_notify && _peer.HandshakeComplete)
        {
            CloseNotifyReceived = true;
            return;
        }
        base.HandleAlertWarningMessage(alertDescription);
    }

    /// <summary>Queues our close_notify alert for sending, once.</summary>
    public void SendCloseNotify()
    {
        if (CloseNotifySent)
            return;
        CloseNotifySent = true;
        RaiseAlertWarning(AlertDescription.close_notify, "Connection closed");
    }

    public void Start() => Connect(_peer);
}
