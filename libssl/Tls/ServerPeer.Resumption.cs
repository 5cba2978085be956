using System;
using System.Collections.Generic;
using System.Linq;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

// Session resumption, the server's side (SSL_CTX_set_session_cache_mode(3),
// SSL_CTX_set_options(3) SSL_OP_NO_TICKET): TLS 1.2 session ids from the
// cache and RFC 5077 session tickets, as OpenSSL 3 does them.
internal sealed partial class ServerPeer
{
    /// <summary>The ServerHello's extensions of a full handshake, as the engine sent them.</summary>
    private IDictionary<int, byte[]>? _serverExtensions;

    /// <summary>
    /// The session to resume for this ClientHello, if it may still be used.
    /// A non-empty ticket, when the server takes tickets, decides alone (an
    /// id sent with a ticket that does not open is not looked up in the
    /// cache, as in OpenSSL); otherwise the cache is asked for the id.  The
    /// session's suite must still be configured here and offered by the
    /// client, and its version allowed; otherwise the handshake is a full
    /// one, as in OpenSSL.  (The engine resumes with the session's suite
    /// without asking SelectCipherSuite, so this is the only place to
    /// check.)  The engine has read the client's extensions before this.
    /// </summary>
    public override TlsSession? GetSessionToResume(byte[] sessionID)
    {
        sessionID ??= TlsUtilities.EmptyBytes;
        byte[]? ticket = TlsUtilities.GetExtensionData(m_clientExtensions, ExtensionType.session_ticket);
        SessionState? s;
        bool fromTicket = _config.RedeemTicket is not null && ticket is { Length: > 0 };
        if (fromTicket)
            s = _config.RedeemTicket!(ticket!, sessionID);
        else if (_config.ResumeLookup is not null && sessionID.Length > 0)
            s = _config.ResumeLookup(sessionID);
        else
            return null;
        if (s is null || (!fromTicket && !s.CanResume))
            return null;
        if (Array.IndexOf(_config.CipherSuites, s.CipherSuite) < 0
            || m_offeredCipherSuites is null || Array.IndexOf(m_offeredCipherSuites, s.CipherSuite) < 0
            || !_config.Versions.Any(v => v.FullVersion == s.Version))
            return null;
        return s.ToEngine(Crypto, fromTicket);
    }

    /// <summary>
    /// A full TLS 1.2 handshake gives a ticket when the client asked for
    /// one (the SessionTicket extension, empty or holding a ticket we did
    /// not take) and the server issues them (RFC 5077 3.2).
    /// </summary>
    private bool IssuesTicket =>
        _config.IssueTicket is not null && !TlsUtilities.IsTlsV13(m_context)
        && TlsUtilities.GetExtensionData(m_clientExtensions, ExtensionType.session_ticket) is not null;

    /// <summary>
    /// 32 random bytes when the server caches sessions; none (an empty id,
    /// nothing to resume by id) otherwise, and none when a ticket is to be
    /// issued: OpenSSL then sends an empty id and caches nothing, the
    /// ticket being the session.
    /// </summary>
    public override byte[]? GetNewSessionID()
    {
        if (!_config.IssueSessionIds || IssuesTicket)
            return null;
        byte[] id = new byte[32];
        Crypto.SecureRandom.NextBytes(id);
        return id;
    }

    /// <summary>
    /// The ServerHello's extensions; with an empty SessionTicket one when a
    /// ticket is to follow, which makes the engine ask for it
    /// (<see cref="GetNewSessionTicket"/>) after the client's Finished.
    /// The engine adds to this same dictionary afterwards (ALPN,
    /// renegotiation_info, extended_master_secret), so it is kept whole
    /// for the ticket's session.
    /// </summary>
    public override IDictionary<int, byte[]> GetServerExtensions()
    {
        IDictionary<int, byte[]> extensions = base.GetServerExtensions() ?? new Dictionary<int, byte[]>();
        if (IssuesTicket)
            extensions[ExtensionType.session_ticket] = TlsUtilities.EmptyBytes;
        _serverExtensions = extensions;
        return extensions;
    }

    /// <summary>The NewSessionTicket of a full TLS 1.2 handshake: the session sealed by the SSL layer.</summary>
    public override NewSessionTicket GetNewSessionTicket()
    {
        if (_config.IssueTicket is null)
            return base.GetNewSessionTicket();
        return _config.IssueTicket(SessionState.FromTicketHandshake(m_context, _serverExtensions), KeyExchangeGroup);
    }
}
