using System;
using System.Collections.Generic;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

// Session resumption, the client's side (SSL_set_session(3)): TLS 1.2
// session ids and RFC 5077 session tickets.
internal sealed partial class ClientPeer
{
    private IDictionary<int, byte[]>? _extensions;

    /// <summary>The ticket the server sent in this handshake (RFC 5077), or null.</summary>
    public NewSessionTicket? ReceivedTicket { get; private set; }

    /// <summary>
    /// The session SSL_set_session gave, made fresh for this handshake.  The
    /// engine itself drops it (sending no id) when its version or suite is
    /// not offered now, so the handshake is then a full one, as in OpenSSL.
    /// </summary>
    public override TlsSession? GetSessionToResume() => _config.ResumeOffer?.ToEngine(Crypto);

    /// <summary>
    /// Asks for a ticket (an empty SessionTicket extension) when TLS 1.2 may
    /// be negotiated and SSL_OP_NO_TICKET is not set; the ticket of the
    /// session to offer goes in when the engine has decided to offer it
    /// (<see cref="NotifySessionToResume"/>, called after this).
    /// </summary>
    public override IDictionary<int, byte[]> GetClientExtensions()
    {
        IDictionary<int, byte[]> extensions = base.GetClientExtensions() ?? new Dictionary<int, byte[]>();
        if (_config.SessionTickets && Array.Exists(_config.Versions, v => !TlsUtilities.IsTlsV13(v)))
            extensions[ExtensionType.session_ticket] = TlsUtilities.EmptyBytes;
        _extensions = extensions;
        return extensions;
    }

    /// <summary>The session the engine will offer, or null: only then may its ticket be sent, with its id.</summary>
    public override void NotifySessionToResume(TlsSession session)
    {
        base.NotifySessionToResume(session);
        byte[]? ticket = _config.ResumeOffer?.Ticket;
        if (session is not null && _extensions is not null && ticket is { Length: > 0 }
            && _extensions.ContainsKey(ExtensionType.session_ticket))
            _extensions[ExtensionType.session_ticket] = ticket;
    }

    public override void NotifyNewSessionTicket(NewSessionTicket newSessionTicket)
    {
        base.NotifyNewSessionTicket(newSessionTicket);
        ReceivedTicket = newSessionTicket;
    }
}
