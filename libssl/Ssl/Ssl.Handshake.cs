using System.Collections.Generic;
using System.Linq;
using LibSsl.Err;
using LibSsl.Tls;

namespace LibSsl.Ssl;

// SSL_connect(3), SSL_do_handshake(3).
internal sealed partial class Ssl
{
    public int Connect(string function)
    {
        if (Role == Role.Unset)
            SetConnectState();
        return DoHandshake(function);
    }

    /// <summary>SSL_accept(3): the server's handshake, same contract as Connect.</summary>
    public int Accept(string function)
    {
        if (Role == Role.Unset)
            SetAcceptState();
        return DoHandshake(function);
    }

    /// <summary>
    /// Drives the handshake as far as the BIOs allow.  1 when it is complete;
    /// -1 when a BIO asked for a retry (SSL_ERROR_WANT_READ/WRITE) or on a
    /// fatal error (reason on the queue); 0 when the peer closed the
    /// connection in the middle.
    /// </summary>
    public int DoHandshake(string function)
    {
        RwState = RwState.Nothing;
        if (Role == Role.Unset)
        {
            ErrorQueue.PushSsl(SslReason.ConnectionTypeNotSet, function);
            return -1;
        }
        if ((Role == Role.Client && Context.Method.Role == MethodRole.Server)
            || (Role == Role.Server && Context.Method.Role == MethodRole.Client))
        {
            // OpenSSL's methods have no function for the other role.
            ErrorQueue.Push(ErrorCode.LibSsl, ErrorCode.RShouldNotHaveBeenCalled, function);
            return 0;
        }
        if (_rbio is null || _wbio is null)
        {
            ErrorQueue.PushSsl(SslReason.BioNotSet, function);
            return -1;
        }
        if (_failed)
            return RefuseAfterFailure(function);

        if (_engine is null && !StartEngine(function))
            return -1;

        while (true)
        {
            if (Flush() < 0)
                return -1;
            if (_engine!.HandshakeComplete)
            {
                if (Role == Role.Server)
                    ServerName = _engine.RequestedServerName;
                SessionEstablished();
                return 1;
            }
            int r = ReadRecord(function);
            if (r <= 0)
                return r;
        }
    }

    private bool StartEngine(string function)
    {
        TlsConfig? config = BuildConfig(function);
        if (config is null)
            return false;
        if (Role == Role.Server && !Identity.CompleteSlots.Any())
        {
            // OpenSSL gets as far as the ClientHello and then finds no suite
            // it can serve; without a certificate nothing can be served.
            ErrorQueue.PushSsl(SslReason.NoCertificateSet, function);
            return false;
        }
        _engine = Role == Role.Server ? TlsEngine.CreateServer(config) : TlsEngine.CreateClient(config);
        try
        {
            _engine.Start();
        }
        catch (System.Exception e)
        {
            Fatal(e, function);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Resolves versions, options and cipher lists into what the engine
    /// offers.  A version with no usable suite is left out; nothing left at
    /// all is "no protocols available" (or "no ciphers available").
    /// </summary>
    /// <summary>
    /// Runs the ALPN callback of the SSL's context as it is then (after any
    /// servername callback); none means no ALPN.  A refusal becomes the
    /// no_application_protocol alert.
    /// </summary>
    private byte[]? ChooseProtocol(byte[] offered)
    {
        AlpnSelector? select = Context.AlpnSelect;
        if (select is null)
            return null;
        AlpnVerdict verdict = select(this, offered, out byte[]? chosen);
        if (verdict == AlpnVerdict.Fatal || (verdict == AlpnVerdict.Selected && chosen is not { Length: > 0 }))
            throw new Org.BouncyCastle.Tls.TlsFatalAlert(Org.BouncyCastle.Tls.AlertDescription.no_application_protocol);
        return verdict == AlpnVerdict.Selected ? chosen : null;
    }

    private IReadOnlyList<(IReadOnlyList<byte[]> Chain, Org.BouncyCastle.Crypto.AsymmetricKeyParameter Key)> CurrentIdentity() =>
        Identity.CompleteSlots
            .Select(s => ((IReadOnlyList<byte[]>)s.Chain!.ConvertAll(c => c.GetEncoded()), s.Key!))
            .ToList();

    /// <summary>
    /// The server has read the ClientHello: record the name asked for and
    /// run the context's servername callback (SSL_CTX_set_tlsext_servername_callback),
    /// as OpenSSL does whether or not the client sent a name.  Returns the
    /// alert to refuse with, or -1.
    /// </summary>
    private short ClientHelloArrived(string? serverName)
    {
        ServerName = serverName;
        ServernameCallback? callback = Context.ServernameCallback;
        if (callback is null)
            return -1;
        (int verdict, int alert) = callback(this);
        return verdict == (int)AlpnVerdict.Fatal ? (short)alert : (short)-1;
    }

    /// <summary>The key-exchange group agreed (TLS code point), or -1.</summary>
    public int NegotiatedGroup => !HandshakeDone ? -1 : SessionReused ? Session?.Group ?? -1 : _engine!.NegotiatedGroup;

    /// <summary>The ALPN protocol agreed in the handshake, or null.</summary>
    public byte[]? SelectedProtocol => HandshakeDone ? _engine!.ApplicationProtocol : null;

    private TlsConfig? BuildConfig(string function)
    {
        int min = System.Math.Max(MinVersion == 0 ? TlsVersion.Tls12 : MinVersion, TlsVersion.Tls12);
        int max = MaxVersion == 0 ? TlsVersion.Tls13 : MaxVersion;
        if ((Options & SslOptions.NoTlsv1_3) != 0 && max >= TlsVersion.Tls13)
            max = TlsVersion.Tls12;
        if ((Options & SslOptions.NoTlsv1_2) != 0 && min <= TlsVersion.Tls12)
            min = TlsVersion.Tls13;

        bool tls13 = min <= TlsVersion.Tls13 && max >= TlsVersion.Tls13;
        bool tls12 = min <= TlsVersion.Tls12 && max >= TlsVersion.Tls12;
        if (!tls13 && !tls12)
        {
            ErrorQueue.PushSsl(SslReason.NoProtocolsAvailable, function);
            return null;
        }

        var suites = new List<int>();
        if (tls13)
            suites.AddRange(Ciphersuites.Select(c => c.Id));
        if (tls12)
            suites.AddRange(CipherList.Select(c => c.Id));
        tls13 &= Ciphersuites.Count > 0;
        tls12 &= CipherList.Count > 0;
        if (!tls13 && !tls12)
        {
            ErrorQueue.PushSsl(SslReason.NoCiphersAvailable, function);
            return null;
        }

        var (offer, lookup, issueIds) = SessionConfig();
        return new TlsConfig
        {
            Versions = TlsConfig.VersionRange(tls12 ? TlsVersion.Tls12 : TlsVersion.Tls13,
                tls13 ? TlsVersion.Tls13 : TlsVersion.Tls12),
            CipherSuites = suites.ToArray(),
            Groups = Groups,
            ServerName = Role == Role.Client ? ServerName : null,
            ServerIdentity = Role == Role.Server ? CurrentIdentity : null,
            ClientIdentity = Role == Role.Client ? CurrentIdentity : null,
            OnClientHello = Role == Role.Server ? ClientHelloArrived : null,
            PreferServerCiphers = (Options & SslOptions.CipherServerPreference) != 0,
            AlpnOffer = Role == Role.Client && AlpnProtocols is not null ? Alpn.Parse(AlpnProtocols) : null,
            AlpnSelect = Role == Role.Server ? ChooseProtocol : null,
            VerifyPeer = VerifyPeerChain,
            RequestClientCertificate = Role == Role.Server && (VerifyMode & VerifyPeer) != 0,
            RequireClientCertificate = Role == Role.Server && (VerifyMode & VerifyPeer) != 0
                && (VerifyMode & VerifyFailIfNoPeerCert) != 0,
            ResumeOffer = offer,
            ResumeLookup = lookup,
            IssueSessionIds = issueIds,
            SessionTickets = Role == Role.Client && (Options & SslOptions.NoTicket) == 0,
            IssueTicket = Role == Role.Server && (Options & SslOptions.NoTicket) == 0 ? IssueTicket : null,
            RedeemTicket = Role == Role.Server && (Options & SslOptions.NoTicket) == 0 ? RedeemTicket : null,
            KeyLog = KeyLogSink(),
        };
    }

}
