using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;
using Alpn = LibSsl.Ssl.Alpn;

namespace LibSsl.Tls;

/// <summary>
/// Our side of a server handshake as BouncyCastle asks for it: versions,
/// suites and the certificate with its key come from the connection's
/// <see cref="TlsConfig"/>.  Only the TLS 1.2 suites the key can sign for
/// are offered, so the engine never picks one it cannot complete.
/// </summary>
internal sealed partial class ServerPeer : DefaultTlsServer, IEnginePeer
{
    private readonly TlsConfig _config;

    public ServerPeer(TlsCrypto crypto, TlsConfig config) : base(crypto)
    {
        _config = config;
    }

    public bool HandshakeComplete { get; private set; }

    public override int GetMaxHandshakeMessageSize() => PeerLimits.MaxHandshakeMessageSize;

    public override int GetMaxCertificateChainLength() => PeerLimits.MaxCertificateChainLength;

    private readonly KeyExchangeFactory _keyExchanges = new();

    public override TlsKeyExchangeFactory GetKeyExchangeFactory() => _keyExchanges;

    public int KeyExchangeGroup => _keyExchanges.GroupFor(m_context);

    public short LastAlertReceived { get; private set; } = -1;

    public TlsContext? Context => m_context;

    public string? RequestedServerName { get; private set; }

    protected override ProtocolVersion[] GetSupportedVersions() => _config.Versions;

    /// <summary>
    /// Every configured suite but static-RSA key exchange; which TLS 1.2
    /// suites the key can serve is decided at selection time
    /// (<see cref="SelectCipherSuite"/>), after a servername callback had
    /// its chance to change the certificate.
    /// </summary>
    protected override int[] GetSupportedCipherSuites()
    {
        var suites = _config.CipherSuites.Where(id => CipherSuiteInfo.ById(id) is { } c && (c.Tls13 || c.Kx != "RSA"));
        return TlsUtilities.GetSupportedCipherSuites(Crypto, suites.ToArray());
    }

    protected override bool SelectCipherSuite(int cipherSuite)
    {
        CipherSuiteInfo? c = CipherSuiteInfo.ById(cipherSuite);
        if (c is null || (!c.Tls13 && !Identities.Any(i => Authentication(i.Key) == c.Au)))
            return false;
        return base.SelectCipherSuite(cipherSuite);
    }

    /// <summary>The certificates with keys we hold now, one per key kind.</summary>
    private IReadOnlyList<(IReadOnlyList<byte[]> Chain, AsymmetricKeyParameter Key)> Identities =>
        _config.ServerIdentity?.Invoke() ?? System.Array.Empty<(IReadOnlyList<byte[]>, AsymmetricKeyParameter)>();

    protected override bool PreferLocalCipherSuites() => _config.PreferServerCiphers;

    /// <summary>
    /// The finite-field group of a TLS 1.2 DHE exchange.  A client that names
    /// RFC 7919 groups gets one of them (BouncyCastle's choice).  A client
    /// that names none gets explicit parameters, as from OpenSSL's server
    /// (RFC 7919 section 4 leaves the server free): the RFC 3526 MODP prime
    /// of at least 2048 bits that the suite needs.  Sending a named group the
    /// client did not list would be refused by a client that checks (ours
    /// does: illegal_parameter).
    /// </summary>
    public override TlsDHConfig GetDHConfig()
    {
        int[]? offered = m_context.SecurityParameters.ClientSupportedGroups;
        if (offered is not null && System.Array.Exists(offered, NamedGroup.IsFiniteField))
            return base.GetDHConfig();
        int bits = System.Math.Max(2048, TlsDHUtilities.GetMinimumFiniteFieldBits(m_selectedCipherSuite));
        DHGroup group = bits <= 2048 ? DHStandardGroups.rfc3526_2048
            : bits <= 3072 ? DHStandardGroups.rfc3526_3072
            : bits <= 4096 ? DHStandardGroups.rfc3526_4096
            : DHStandardGroups.rfc3526_8192;
        return new TlsDHConfig(group);
    }

    public override int[] GetSupportedGroups() => System.Array.FindAll(_config.Groups, Crypto.HasNamedGroup);

    /// <summary>
    /// The server name first, and the servername callback with it, then the
    /// rest (ALPN among them), in OpenSSL's order: the callback may switch
    /// to a context with other certificates and another ALPN callback.
    /// </summary>
    public override void ProcessClientExtensions(IDictionary<int, byte[]> clientExtensions)
    {
        IList<ServerName>? names = clientExtensions is null
            ? null : TlsExtensionsUtilities.GetServerNameExtensionClient(clientExtensions);
        ServerName? host = names?.FirstOrDefault(n => n.NameType == NameType.host_name);
        if (host is not null)
            RequestedServerName = System.Text.Encoding.Latin1.GetString(host.NameData);
        short alert = _config.OnClientHello?.Invoke(RequestedServerName) ?? -1;
        if (alert >= 0)
            throw new TlsFatalAlert((byte)alert);
        base.ProcessClientExtensions(clientExtensions);
    }

    /// <summary>ALPN: the connection's callback chooses among the client's names.</summary>
    protected override ProtocolName? SelectProtocolName()
    {
        if (_config.AlpnSelect is null || m_clientProtocolNames is null)
            return null;
        byte[] offered = Alpn.Encode(m_clientProtocolNames.Select(p => p.GetBytes()));
        byte[]? chosen = _config.AlpnSelect(offered);
        return chosen is null ? null : ProtocolName.AsRawBytes(chosen);
    }

    /// <summary>
    /// The certificate to present and the scheme to sign with: under TLS 1.2
    /// the one whose key the chosen suite authenticates with; under TLS 1.3
    /// the first of the client's signature schemes (in its order) that one
    /// of our keys can make.
    /// </summary>
    public override TlsCredentials? GetCredentials()
    {
        bool tls13 = TlsUtilities.IsTlsV13(m_context);
        CipherSuiteInfo? suite = CipherSuiteInfo.ById(m_context.SecurityParameters.CipherSuite);
        IList<SignatureAndHashAlgorithm>? offered = m_context.SecurityParameters.ClientSigAlgs;
        IReadOnlyList<byte[]>? chainDer = null;
        AsymmetricKeyParameter? key = null;
        SignatureAndHashAlgorithm? scheme = null;
        foreach (var (c, k) in Identities)
        {
            if (!tls13 && Authentication(k) != suite?.Au)
                continue;
            SignatureAndHashAlgorithm? s = ChooseScheme(k);
            if (s is null)
                continue;
            int rank = offered is null ? 0 : offered.IndexOf(s);
            if (scheme is null || (offered is not null && rank < offered.IndexOf(scheme)))
            {
                chainDer = c;
                key = k;
                scheme = s;
            }
        }
        if (scheme is null || chainDer is null || key is null)
            return null;

        var entries = new List<CertificateEntry>();
        var certs = new List<TlsCertificate>();
        foreach (byte[] der in chainDer)
        {
            TlsCertificate c = Crypto.CreateCertificate(der);
            certs.Add(c);
            entries.Add(new CertificateEntry(c, null));
        }
        Certificate chain = tls13
            ? new Certificate(TlsUtilities.EmptyBytes, entries.ToArray())
            : new Certificate(certs.ToArray());
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(m_context), (BcTlsCrypto)Crypto,
            key, chain, scheme);
    }

    private SignatureAndHashAlgorithm? ChooseScheme(AsymmetricKeyParameter key)
    {
        IList<SignatureAndHashAlgorithm>? offered = m_context.SecurityParameters.ClientSigAlgs;
        bool tls13 = TlsUtilities.IsTlsV13(m_context);
        IEnumerable<SignatureAndHashAlgorithm> wanted = key switch
        {
            RsaKeyParameters => tls13
                ? new[] { SignatureAndHashAlgorithm.rsa_pss_rsae_sha256, SignatureAndHashAlgorithm.rsa_pss_rsae_sha384 }
                : new[]
                {
                    SignatureAndHashAlgorithm.rsa_pss_rsae_sha256,
                    SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha256, SignatureAlgorithm.rsa),
                    SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha1, SignatureAlgorithm.rsa),
                },
            ECPrivateKeyParameters ec => new[]
            {
                SignatureAndHashAlgorithm.GetInstance(
                    // TLS 1.3 ties each curve to its hash (RFC 8446 4.2.3).
                    ec.Parameters.Curve.FieldSize > 384 ? HashAlgorithm.sha512
                        : ec.Parameters.Curve.FieldSize > 256 ? HashAlgorithm.sha384 : HashAlgorithm.sha256,
                    SignatureAlgorithm.ecdsa),
            },
            Ed25519PrivateKeyParameters => new[] { SignatureAndHashAlgorithm.ed25519 },
            _ => System.Array.Empty<SignatureAndHashAlgorithm>(),
        };
        foreach (SignatureAndHashAlgorithm s in wanted)
            if (offered is null || offered.Contains(s))
                return s;
        return null;
    }

    /// <summary>The TLS 1.2 authentication our key provides, in CipherSuiteInfo's terms.</summary>
    private static string? Authentication(AsymmetricKeyParameter? key) => key switch
    {
        RsaKeyParameters => "RSA",
        ECPrivateKeyParameters or Ed25519PrivateKeyParameters => "ECDSA",
        _ => null,
    };

    /// <summary>
    /// Under SSL_VERIFY_PEER, a CertificateRequest naming no authorities (as
    /// OpenSSL sends without SSL_CTX_set_client_CA_list) and our signature
    /// schemes.
    /// </summary>
    public override CertificateRequest? GetCertificateRequest()
    {
        if (!_config.RequestClientCertificate)
            return null;
        var schemes = TlsUtilities.GetDefaultSupportedSignatureAlgorithms(m_context);
        if (TlsUtilities.IsTlsV13(m_context))
            return new CertificateRequest(TlsUtilities.EmptyBytes, schemes, null, null);
        return new CertificateRequest(new[] { ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign },
            schemes, null);
    }

    /// <summary>The client's chain, verified as it arrives; none is refused only when required.</summary>
    public override void NotifyClientCertificate(Certificate clientCertificate)
    {
        PeerCertificate = clientCertificate;
        if (clientCertificate.IsEmpty)
        {
            // OpenSSL's alerts: certificate_required in TLS 1.3, handshake_failure before.
            if (_config.RequireClientCertificate)
                throw new PeerCertificateMissing(TlsUtilities.IsTlsV13(m_context)
                    ? AlertDescription.certificate_required : AlertDescription.handshake_failure);
            return;
        }
        short alert = _config.VerifyPeer?.Invoke(clientCertificate) ?? -1;
        if (alert >= 0)
            throw new PeerCertificateRejected(alert);
    }

    /// <summary>The client's certificate chain as received (empty when it sent none), or null.</summary>
    public Certificate? PeerCertificate { get; private set; }

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        HandshakeComplete = true;
    }

    public override void NotifyAlertReceived(short alertLevel, short alertDescription) =>
        LastAlertReceived = alertDescription;

    public override void NotifyAlertRaised(short alertLevel, short alertDescription, string message,
        System.Exception cause)
    {
    }
}
