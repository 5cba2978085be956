using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>What the engine needs of either end's protocol object.</summary>
internal interface IEngineProtocol
{
    TlsProtocol Protocol { get; }

    IEnginePeer EnginePeer { get; }

    CloseNotifyState CloseNotify { get; }

    void SendCloseNotify();

    /// <summary>Begins the handshake (the client's hello becomes output; a server waits).</summary>
    void Start();
}

/// <summary>What the engine reports of either end's peer object.</summary>
internal interface IEnginePeer
{
    bool HandshakeComplete { get; }

    short LastAlertReceived { get; }

    TlsContext? Context { get; }

    /// <summary>The key-exchange group used (TLS code point), or -1.</summary>
    int KeyExchangeGroup { get; }

    /// <summary>The server name the client asked for (server side), or null.</summary>
    string? RequestedServerName { get; }
}
