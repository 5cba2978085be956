using System.Collections.Generic;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// BouncyCastle's server protocol in non-blocking mode, with close_notify
/// handled as OpenSSL does (see <see cref="CloseNotifyState"/>).
/// </summary>
internal sealed class ServerProtocol : TlsServerProtocol, IEngineProtocol
{
    private readonly ServerPeer _peer;

    public ServerProtocol(ServerPeer peer) => _peer = peer;

    public CloseNotifyState CloseNotify { get; } = new();

    public IEnginePeer EnginePeer => _peer;

    public TlsProtocol Protocol => this;

    protected override void HandleAlertWarningMessage(short alertDescription)
    {
        if (!CloseNotify.TakeAlert(alertDescription, _peer.HandshakeComplete))
            base.HandleAlertWarningMessage(alertDescription);
    }

    /// <summary>
    /// The TLS 1.3 handshake traffic secrets exist from here on, and only
    /// until the rest of this flight establishes the application secrets:
    /// the key log gets them now.
    /// </summary>
    protected override void Send13EncryptedExtensionsMessage(IDictionary<int, byte[]> serverExtensions)
    {
        KeyLog.Handshake(_peer.Context, _peer.KeyLog);
        base.Send13EncryptedExtensionsMessage(serverExtensions);
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

    public void Start() => Accept(_peer);
}
