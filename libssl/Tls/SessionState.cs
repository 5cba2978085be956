using System;
using System.Collections.Generic;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace LibSsl.Tls;

/// <summary>
/// What the engine needs to resume a TLS 1.2 session, as plain data: the
/// SSL layer keeps it in an SSL_SESSION, caches it and writes it to disk.
/// BouncyCastle's own TlsSession is made afresh for each handshake: its
/// SessionParameters share one master-secret object between copies, and a
/// handshake that declines a session destroys that object, so a long-lived
/// TlsSession would be spoilt by the first refusal.
/// </summary>
internal sealed class SessionState
{
    public required int Version { get; init; }

    public required int CipherSuite { get; init; }

    /// <summary>The session id (0 to 32 bytes); empty when the server gave none.</summary>
    public required byte[] Id { get; init; }

    /// <summary>The TLS 1.2 master secret (48 bytes); empty for TLS 1.3, which BouncyCastle cannot resume.</summary>
    public required byte[] MasterSecret { get; init; }

    public bool ExtendedMasterSecret { get; init; }

    /// <summary>An RFC 5077 ticket the server gave with the session, or empty.</summary>
    public byte[] Ticket { get; init; } = Array.Empty<byte>();

    /// <summary>The ticket's lifetime hint, in seconds (0: unspecified).</summary>
    public long TicketLifetimeHint { get; init; }

    /// <summary>The peer's certificate chain, leaf first, DER; empty when it sent none.</summary>
    public IReadOnlyList<byte[]> PeerChain { get; init; } = Array.Empty<byte[]>();

    /// <summary>
    /// The server's extensions from the full handshake: a resumed handshake
    /// takes encrypt-then-MAC and the fragment length from them (RFC 7366 3.1).
    /// </summary>
    public IReadOnlyList<(int Type, byte[] Data)> ServerExtensions { get; init; } = Array.Empty<(int, byte[])>();

    /// <summary>TLS 1.2 with an id (with or without a ticket) and a master secret: what BouncyCastle can resume.</summary>
    public bool CanResume => Version == 0x0303 && Id.Length > 0 && MasterSecret.Length == 48;

    /// <summary>
    /// The session of a completed handshake as the engine holds it, with the
    /// ticket a server gave in it, if any.  A session with a ticket gets the
    /// SHA-256 of the ticket as its id, as in OpenSSL: the client offers that
    /// id with the ticket, and a server that accepts the ticket echoes it.
    /// </summary>
    public static SessionState? FromEngine(TlsContext context, NewSessionTicket? ticket = null)
    {
        SecurityParameters sp = context.SecurityParameters;
        TlsSession? session = context.Session;
        SessionParameters? p = session?.ExportSessionParameters();
        byte[] master = Array.Empty<byte>();
        var extensions = new List<(int, byte[])>();
        if (p is not null && !TlsUtilities.IsTlsV13(sp.NegotiatedVersion))
        {
            // AdoptSecret copies, so the engine's own secret stays alive.
            if (p.MasterSecret is { } secret && secret.IsAlive())
                master = context.Crypto.AdoptSecret(secret).Extract();
            IDictionary<int, byte[]>? ext = p.ReadServerExtensions();
            if (ext is not null)
                foreach (var (type, data) in ext)
                    extensions.Add((type, data));
        }
        var chain = new List<byte[]>();
        Certificate? peer = sp.PeerCertificate;
        for (int i = 0; peer is not null && i < peer.Length; i++)
            chain.Add(peer.GetCertificateAt(i).GetEncoded());
        byte[] id = (byte[])(session?.SessionID ?? sp.SessionID ?? Array.Empty<byte>()).Clone();
        byte[] ticketBytes = ticket?.Ticket ?? Array.Empty<byte>();
        if (ticketBytes.Length > 0)
            id = Org.BouncyCastle.Security.DigestUtilities.CalculateDigest("SHA-256", ticketBytes);
        return new SessionState
        {
            Version = sp.NegotiatedVersion.FullVersion,
            CipherSuite = sp.CipherSuite,
            Id = id,
            Ticket = (byte[])ticketBytes.Clone(),
            TicketLifetimeHint = ticket?.TicketLifetimeHint ?? 0,
            MasterSecret = master,
            ExtendedMasterSecret = sp.IsExtendedMasterSecret,
            PeerChain = chain,
            ServerExtensions = extensions,
        };
    }

    /// <summary>
    /// The session a server is sealing into an RFC 5077 ticket, read when
    /// the engine asks for the NewSessionTicket: the handshake is not yet
    /// complete, so its own session object does not exist yet.  The
    /// extensions are the ServerHello's (the dictionary the engine sent),
    /// less the SessionTicket one: a resumed handshake repeats them and
    /// issues no new ticket.  No id: the ServerHello had none, and a
    /// resumption takes the id the client sends with the ticket.
    /// </summary>
    public static SessionState FromTicketHandshake(TlsContext context, IDictionary<int, byte[]>? serverExtensions)
    {
        SecurityParameters sp = context.SecurityParameters;
        var extensions = new List<(int, byte[])>();
        if (serverExtensions is not null)
            foreach (var (type, data) in serverExtensions)
                if (type != ExtensionType.session_ticket)
                    extensions.Add((type, data));
        var chain = new List<byte[]>();
        Certificate? peer = sp.PeerCertificate;
        for (int i = 0; peer is not null && i < peer.Length; i++)
            chain.Add(peer.GetCertificateAt(i).GetEncoded());
        return new SessionState
        {
            Version = sp.NegotiatedVersion.FullVersion,
            CipherSuite = sp.CipherSuite,
            Id = Array.Empty<byte>(),
            // AdoptSecret copies, so the engine's own secret stays alive.
            MasterSecret = context.Crypto.AdoptSecret(sp.MasterSecret).Extract(),
            ExtendedMasterSecret = sp.IsExtendedMasterSecret,
            PeerChain = chain,
            ServerExtensions = extensions,
        };
    }

    /// <summary>This session under another id: a ticket's, resumed under the id the client sent with it.</summary>
    public SessionState WithId(byte[] id) => new()
    {
        Version = Version,
        CipherSuite = CipherSuite,
        Id = (byte[])id.Clone(),
        MasterSecret = MasterSecret,
        ExtendedMasterSecret = ExtendedMasterSecret,
        Ticket = Ticket,
        TicketLifetimeHint = TicketLifetimeHint,
        PeerChain = PeerChain,
        ServerExtensions = ServerExtensions,
    };

    /// <summary>
    /// A fresh BouncyCastle session to offer or accept; null if this one
    /// cannot be resumed.  A server resuming from a ticket may do so under
    /// an empty id (<paramref name="fromTicket"/>): RFC 5077 3.4 lets a
    /// client send a ticket without one.
    /// </summary>
    public TlsSession? ToEngine(TlsCrypto crypto, bool fromTicket = false)
    {
        if (!CanResume && !(fromTicket && Version == 0x0303 && MasterSecret.Length == 48))
            return null;
        var certs = new TlsCertificate[PeerChain.Count];
        for (int i = 0; i < certs.Length; i++)
            certs[i] = crypto.CreateCertificate(PeerChain[i]);
        var ext = new Dictionary<int, byte[]>();
        foreach (var (type, data) in ServerExtensions)
            ext[type] = data;
        SessionParameters p = new SessionParameters.Builder()
            .SetCipherSuite(CipherSuite)
            .SetExtendedMasterSecret(ExtendedMasterSecret)
            .SetMasterSecret(crypto.CreateSecret(MasterSecret))
            .SetNegotiatedVersion(ProtocolVersion.Get(Version >> 8, Version & 0xFF))
            .SetPeerCertificate(certs.Length == 0 ? null : new Certificate(certs))
            .SetServerExtensions(ext)
            .Build();
        return TlsUtilities.ImportSession(Id, p);
    }
}
