using System;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace LibSsl.Tls;

/// <summary>
/// The protocol engine as the SSL layer sees it: records in, records out,
/// application data through, and no I/O of its own (the rustls shape).  It
/// wraps BouncyCastle's non-blocking protocol objects; exceptions it throws
/// are BouncyCastle's and are mapped to SSL_R_* reasons by the SSL layer.
/// </summary>
internal sealed class TlsEngine
{
    /// <summary>Record header length: type, version, length.</summary>
    public const int HeaderLength = 5;

    private readonly IEngineProtocol _engine;
    private readonly TlsProtocol _protocol;

    private TlsEngine(IEngineProtocol engine)
    {
        _engine = engine;
        _protocol = engine.Protocol;
    }

    private static BcTlsCrypto NewCrypto() => new EngineCrypto(new SecureRandom(UrandomGenerator.Instance));

    public static TlsEngine CreateClient(TlsConfig config) =>
        new(new ClientProtocol(new ClientPeer(NewCrypto(), config)));

    public static TlsEngine CreateServer(TlsConfig config) =>
        new(new ServerProtocol(new ServerPeer(NewCrypto(), config)));

    /// <summary>Begins the handshake: a client's hello becomes pending output.</summary>
    public void Start() => _engine.Start();

    public bool HandshakeComplete => _engine.EnginePeer.HandshakeComplete;

    public bool CloseNotifyReceived => _engine.CloseNotify.Received;

    public bool CloseNotifySent => _engine.CloseNotify.Sent;

    /// <summary>The alert the peer sent last, or -1.</summary>
    public short LastAlertReceived => _engine.EnginePeer.LastAlertReceived;

    /// <summary>On a server, the host name the client's SNI asked for.</summary>
    public string? RequestedServerName => _engine.EnginePeer.RequestedServerName;

    /// <summary>Full size (header included) of the record whose header is given.</summary>
    public int RecordSize(byte[] header) => _protocol.PreviewInputRecord(header).RecordSize;

    /// <summary>Hands one complete record to the engine.</summary>
    public void OfferRecord(byte[] record, int length) => _protocol.OfferInput(record, 0, length);

    public int PendingOutput => _protocol.GetAvailableOutputBytes();

    public int ReadOutput(byte[] buffer, int offset, int count)
    {
        int n = _protocol.ReadOutput(buffer, offset, count);
        if (n > 0)
            HasSpoken = true;
        return n;
    }

    /// <summary>
    /// Something has been sent.  A server stays silent until it has read a
    /// valid ClientHello: BouncyCastle drops every alert before that.
    /// </summary>
    public bool HasSpoken { get; private set; }

    public int PendingInput => _protocol.GetAvailableInputBytes();

    /// <summary>Takes up to <paramref name="count"/> bytes of decrypted application data.</summary>
    public int ReadInput(byte[] buffer, int offset, int count) => _protocol.ReadInput(buffer, offset, count);

    /// <summary>
    /// Moves decrypted application data straight into <paramref name="buffer"/>,
    /// as much as fits; the rest stays queued in the engine.  Only while
    /// <see cref="PendingInput"/> is above 0: with nothing queued,
    /// BouncyCastle's ReadApplicationData would try to read a record from a
    /// stream, and this engine has none.
    /// </summary>
    public int ReadInput(System.Span<byte> buffer) => _protocol.ReadApplicationData(buffer);

    /// <summary>Encrypts application data into records, fragmenting at 16 KiB.</summary>
    public void Write(ReadOnlySpan<byte> data) => _protocol.WriteApplicationData(data);

    public void SendCloseNotify() => _engine.SendCloseNotify();

    /// <summary>The negotiated version as OpenSSL numbers it, or 0.</summary>
    public int Version
    {
        get
        {
            ProtocolVersion? v = _engine.EnginePeer.Context?.ServerVersion;
            return v is null ? 0 : v.FullVersion;
        }
    }

    /// <summary>The ALPN protocol agreed, or null.</summary>
    public byte[]? ApplicationProtocol =>
        _engine.EnginePeer.HandshakeComplete ? _engine.EnginePeer.Context?.SecurityParameters.ApplicationProtocol?.GetBytes() : null;

    /// <summary>The key-exchange group agreed (TLS code point), or -1.</summary>
    public int NegotiatedGroup => _engine.EnginePeer.HandshakeComplete ? _engine.EnginePeer.KeyExchangeGroup : -1;

    /// <summary>
    /// The certificates the peer sent (leaf first), DER-encoded; empty when
    /// it sent none or no handshake has got that far.
    /// </summary>
    public System.Collections.Generic.IReadOnlyList<byte[]> PeerCertificates
    {
        get
        {
            Certificate? chain = _engine.EnginePeer.Context?.SecurityParameters?.PeerCertificate;
            var list = new System.Collections.Generic.List<byte[]>();
            for (int i = 0; chain is not null && i < chain.Length; i++)
                list.Add(chain.GetCertificateAt(i).GetEncoded());
            return list;
        }
    }

    /// <summary>The engine's record of the peer's certificates, to tell one handshake's from another's.</summary>
    public object? PeerCertificateSource => _engine.EnginePeer.Context?.SecurityParameters?.PeerCertificate;

    /// <summary>The handshake resumed a session (an abbreviated TLS 1.2 handshake).</summary>
    public bool SessionReused =>
        _engine.EnginePeer.HandshakeComplete && _engine.EnginePeer.Context is { } c && c.SecurityParameters.IsResumedSession;

    /// <summary>The session the completed handshake established or resumed, as data; null before.</summary>
    public SessionState? EstablishedSession =>
        _engine.EnginePeer.HandshakeComplete && _engine.EnginePeer.Context is { } c
            ? SessionState.FromEngine(c, (_engine.EnginePeer as ClientPeer)?.ReceivedTicket)
            : null;

    /// <summary>
    /// The scheme the peer signed this handshake with, or -1: a client knows
    /// the server's; a resumed handshake has none.
    /// </summary>
    public int PeerSignatureScheme =>
        _engine.EnginePeer.HandshakeComplete && _engine is ClientProtocol c && !SessionReused ? c.PeerSignatureScheme : -1;

    /// <summary>The negotiated cipher suite id, or -1.</summary>
    public int CipherSuite
    {
        get
        {
            if (!_engine.EnginePeer.HandshakeComplete || _engine.EnginePeer.Context is null)
                return -1;
            return _engine.EnginePeer.Context.SecurityParameters.CipherSuite;
        }
    }
}
