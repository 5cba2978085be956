using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace LibSsl.Tls;

/// <summary>
/// Our side of a client handshake as BouncyCastle asks for it: versions,
/// suites, groups and SNI come from the connection's <see cref="TlsConfig"/>;
/// what the engine tells us (alerts, the peer's certificate, completion) is
/// recorded for the SSL layer to report.
/// </summary>
internal sealed partial class ClientPeer : DefaultTlsClient, IEnginePeer
{
    private readonly TlsConfig _config;

    public ClientPeer(TlsCrypto crypto, TlsConfig config) : base(crypto)
    {
        _config = config;
    }

    public bool HandshakeComplete { get; private set; }

    public override int GetMaxHandshakeMessageSize() => PeerLimits.MaxHandshakeMessageSize;

    public override int GetMaxCertificateChainLength() => PeerLimits.MaxCertificateChainLength;

    private readonly KeyExchangeFactory _keyExchanges = new();

    public override TlsKeyExchangeFactory GetKeyExchangeFactory() => _keyExchanges;

    public int KeyExchangeGroup => _keyExchanges.GroupFor(m_context);

    /// <summary>The server's certificate chain as received.</summary>
    public Certificate? PeerCertificate { get; set; }

    public short LastAlertReceived { get; private set; } = -1;

    public TlsContext? Context => m_context;

    public string? RequestedServerName => null;

    protected override ProtocolVersion[] GetSupportedVersions() => _config.Versions;

    protected override int[] GetSupportedCipherSuites() =>
        TlsUtilities.GetSupportedCipherSuites(Crypto, _config.CipherSuites);

    protected override IList<int> GetSupportedGroups(IList<int> namedGroupRoles)
    {
        var groups = new List<int>();
        foreach (int g in _config.Groups)
            if (Crypto.HasNamedGroup(g))
                groups.Add(g);
        return groups;
    }

    protected override IList<ServerName>? GetSniServerNames()
    {
        if (_config.ServerName is null)
            return null;
        return new List<ServerName>
        {
            new(NameType.host_name, Encoding.Latin1.GetBytes(_config.ServerName)),
        };
    }

    protected override IList<ProtocolName>? GetProtocolNames() =>
        _config.AlpnOffer?.Select(ProtocolName.AsRawBytes).ToList();

    /// <summary>A server may only choose an ALPN protocol the client offered (RFC 7301 3.2).</summary>
    public override void ProcessServerExtensions(IDictionary<int, byte[]> serverExtensions)
    {
        base.ProcessServerExtensions(serverExtensions);
        ProtocolName? chosen = serverExtensions is null ? null : TlsExtensionsUtilities.GetAlpnExtensionServer(serverExtensions);
        if (chosen is not null && (_config.AlpnOffer is null
            || !_config.AlpnOffer.Any(p => p.AsSpan().SequenceEqual(chosen.GetBytes()))))
            throw new TlsFatalAlert(AlertDescription.illegal_parameter);
    }

    public override TlsAuthentication GetAuthentication() => new ServerCertificateSink(this);

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        HandshakeComplete = true;
    }

    public override void NotifyAlertReceived(short alertLevel, short alertDescription)
    {
        LastAlertReceived = alertDescription;
    }

    // BouncyCastle logs raised alerts to the console by default; a library
    // must stay silent, errors go to the ERR queue instead.
    public override void NotifyAlertRaised(short alertLevel, short alertDescription, string message,
        System.Exception cause)
    {
    }

    /// <summary>
    /// Keeps the server's chain and has the SSL layer verify it as soon as it
    /// arrives, before the server proves it holds the key, as OpenSSL does.
    /// </summary>
    private sealed class ServerCertificateSink : TlsAuthentication
    {
        private readonly ClientPeer _peer;

        public ServerCertificateSink(ClientPeer peer) => _peer = peer;

        public void NotifyServerCertificate(TlsServerCertificate serverCertificate)
        {
            _peer.PeerCertificate = serverCertificate.Certificate;
            short alert = _peer._config.VerifyPeer?.Invoke(serverCertificate.Certificate) ?? -1;
            if (alert >= 0)
                throw new PeerCertificateRejected(alert);
        }

        /// <summary>Our certificate, if one was loaded and fits what the server accepts.</summary>
        public TlsCredentials? GetClientCredentials(CertificateRequest certificateRequest)
        {
            var identities = _peer._config.ClientIdentity?.Invoke();
            if (identities is null || identities.Count == 0 || _peer.Context is null)
                return null;
            return ClientCredentials.Choose(_peer.Context, _peer.Crypto, certificateRequest, identities);
        }
    }
}
