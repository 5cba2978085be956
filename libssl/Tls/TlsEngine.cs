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

    private readonly ClientProtocol _protocol;
    private readonly ClientPeer _peer;

    private TlsEngine(ClientProtocol protocol, ClientPeer peer)
    {
        _protocol = protocol;
        _peer = peer;
    }

    public static TlsEngine CreateClient(TlsConfig config)
    {
        var crypto = new BcTlsCrypto(new SecureRandom(UrandomGenerator.Instance));
        var peer = new ClientPeer(crypto, config);
        return new TlsEngine(new ClientProtocol(peer), peer);
    }

    /// <summary>Begins the handshake: the ClientHello becomes pending output.</summary>
    public void Start() => _protocol.Start();

    public bool HandshakeComplete => _peer.HandshakeComplete;

    public bool CloseNotifyReceived => _protocol.CloseNotifyReceived;

    public bool CloseNotifySent => _protocol.CloseNotifySent;

    /// <summary>The alert the peer sent last, or -1.</summary>
    public short LastAlertReceived => _peer.LastAlertReceived;

    /// <summary>Full size (header included) of the record whose header is given.</summary>
    public int RecordSize(byte[] header) => _protocol.PreviewInputRecord(header).RecordSize;

    /// <summary>Hands one complete record to the engine.</summary>
    public void OfferRecord(byte[] record, int length) => _protocol.OfferInput(record, 0, length);

    public int PendingOutput => _protocol.GetAvailableOutputBytes();

    public int ReadOutput(byte[] buffer, int offset, int count) => _protocol.ReadOutput(buffer, offset, count);

    public int PendingInput => _protocol.GetAvailableInputBytes();

    public int ReadInput(Span<byte> buffer)
    {
        int n = Math.Min(buffer.Length, _protocol.GetAvailableInputBytes());
        if (n <= 0)
            return 0;
        byte[] tmp = new byte[n];
        n = _protocol.ReadInput(tmp, 0, n);
        tmp.AsSpan(0, n).CopyTo(buffer);
        return n;
    }

    /// <summary>Encrypts application data into records, fragmenting at 16 KiB.</summary>
    public void Write(ReadOnlySpan<byte> data)
    {
        byte[] tmp = data.ToArray();
        _protocol.WriteApplicationData(tmp, 0, tmp.Length);
    }

    public void SendCloseNotify() => _protocol.SendCloseNotify();

    /// <summary>The negotiated version as OpenSSL numbers it, or 0.</summary>
    public int Version
    {
        get
        {
            ProtocolVersion? v = _peer.Context?.ServerVersion;
            return v is null ? 0 : v.FullVersion;
        }
    }

    /// <summary>The negotiated cipher suite id, or -1.</summary>
    public int CipherSuite
    {
        get
        {
            if (!_peer.HandshakeComplete)
                return -1;
            return _peer.Context.SecurityParameters.CipherSuite;
        }
    }
}
