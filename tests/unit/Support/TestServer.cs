using System;
using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;
using Org.BouncyCastle.Tls.Crypto.Impl.BC;

namespace LibSsl.Tests.Support;

/// <summary>
/// The peer for the end-to-end tests: BouncyCastle's own server, driven
/// without a stream (OfferInput/ReadOutput), with one self-signed identity.
/// </summary>
internal sealed class TestServerPeer : DefaultTlsServer
{
    private readonly TestIdentity _identity;
    private readonly ProtocolVersion[] _versions;
    private readonly bool _ecdsa;

    public TestServerPeer(BcTlsCrypto crypto, TestIdentity identity, ProtocolVersion[] versions) : base(crypto)
    {
        _identity = identity;
        _versions = versions;
        _ecdsa = identity.PrivateKey is ECPrivateKeyParameters;
    }

    public List<(short Level, short Description)> AlertsReceived { get; } = new();

    public List<(short Level, short Description)> AlertsRaised { get; } = new();

    public bool HandshakeComplete { get; private set; }

    public TlsServerContext ServerContext => m_context;

    /// <summary>The host names of the client's server_name extension; null when it sent none.</summary>
    public List<string>? ClientServerNames { get; private set; }

    public override void ProcessClientExtensions(IDictionary<int, byte[]> clientExtensions)
    {
        base.ProcessClientExtensions(clientExtensions);
        IList<ServerName>? names = TlsExtensionsUtilities.GetServerNameExtensionClient(clientExtensions);
        ClientServerNames = names?.Select(n => System.Text.Encoding.ASCII.GetString(n.NameData)).ToList();
    }

    protected override ProtocolVersion[] GetSupportedVersions() => _versions;

    /// <summary>TLS 1.3 suites plus the TLS 1.2 ECDHE suites our key can sign for.</summary>
    protected override int[] GetSupportedCipherSuites()
    {
        int[] tls12 = _ecdsa
            ? new[]
            {
                CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
                CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
                CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
            }
            : new[]
            {
                CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
                CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
                CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
            };
        int[] all = new[]
        {
            CipherSuite.TLS_AES_128_GCM_SHA256,
            CipherSuite.TLS_AES_256_GCM_SHA384,
            CipherSuite.TLS_CHACHA20_POLY1305_SHA256,
        }.Concat(tls12).ToArray();
        return TlsUtilities.GetSupportedCipherSuites(Crypto, all);
    }

    public override TlsCredentials GetCredentials()
    {
        TlsCertificate tlsCert = Crypto.CreateCertificate(_identity.Certificate.GetEncoded());
        Certificate chain = TlsUtilities.IsTlsV13(m_context)
            ? new Certificate(TlsUtilities.EmptyBytes, new[] { new CertificateEntry(tlsCert, null) })
            : new Certificate(new[] { tlsCert });
        SignatureAndHashAlgorithm algorithm = _ecdsa
            ? SignatureAndHashAlgorithm.GetInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa)
            : SignatureAndHashAlgorithm.rsa_pss_rsae_sha256;
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(m_context), (BcTlsCrypto)Crypto,
            _identity.PrivateKey, chain, algorithm);
    }

    public override void NotifyHandshakeComplete()
    {
        base.NotifyHandshakeComplete();
        HandshakeComplete = true;
    }

    public override void NotifyAlertReceived(short alertLevel, short alertDescription) =>
        AlertsReceived.Add((alertLevel, alertDescription));

    public override void NotifyAlertRaised(short alertLevel, short alertDescription, string message, Exception cause) =>
        AlertsRaised.Add((alertLevel, alertDescription));
}

/// <summary>The server's protocol object and its peer, with byte-moving helpers.</summary>
internal sealed class TestServer
{
    public TestServer(TestIdentity identity, params ProtocolVersion[] versions)
    {
        var crypto = new BcTlsCrypto(TestCertificates.SeededRandom("server " + Guid.NewGuid()));
        Peer = new TestServerPeer(crypto, identity, versions.Length > 0 ? versions : ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12));
        Protocol = new TlsServerProtocol();
        Protocol.Accept(Peer);
    }

    public TestServerPeer Peer { get; }

    public TlsServerProtocol Protocol { get; }

    /// <summary>The exception the server's protocol threw while taking input, if any.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Hands the server whatever the client wrote.</summary>
    public void Receive(QueueBio fromClient)
    {
        byte[] bytes = fromClient.DrainAll();
        if (bytes.Length == 0 || Failure is not null)
            return;
        try
        {
            Protocol.OfferInput(bytes);
        }
        catch (Exception e)
        {
            Failure = e;
        }
    }

    /// <summary>Queues everything the server has to send for the client to read.</summary>
    public int Send(QueueBio toClient)
    {
        int n = Protocol.GetAvailableOutputBytes();
        if (n == 0)
            return 0;
        var buffer = new byte[n];
        int got = Protocol.ReadOutput(buffer, 0, n);
        toClient.Enqueue(buffer.AsSpan(0, got));
        return got;
    }

    public byte[] ReadApplicationData()
    {
        int n = Protocol.GetAvailableInputBytes();
        var buffer = new byte[n];
        Protocol.ReadInput(buffer, 0, n);
        return buffer;
    }

    public void WriteApplicationData(byte[] data) => Protocol.WriteApplicationData(data, 0, data.Length);
}
