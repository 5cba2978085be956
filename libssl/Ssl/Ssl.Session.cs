using System;
using LibSsl.Tls;

namespace LibSsl.Ssl;

// SSL_get_session(3), SSL_set_session(3), SSL_session_reused(3).
internal sealed partial class Ssl
{
    private SslSession? _session;
    /// <summary>
    /// A server's candidate for resumption, from its cache or from the
    /// client's ticket, held until the handshake shows whether it was used.
    /// </summary>
    private SslSession? _cacheHit;
    private SslContext? _sessionContext;
    private bool _sessionDone;

    /// <summary>SSL_set_session_id_context(3): starts as the context's.</summary>
    public byte[] SessionIdContext { get; set; } = System.Array.Empty<byte>();

    /// <summary>
    /// SSL_get_session(3): the session set to be offered until a handshake
    /// completes, then the one it established or resumed; null for none.
    /// </summary>
    public SslSession? Session => _session;

    /// <summary>SSL_session_reused(3).</summary>
    public bool SessionReused => HandshakeDone && _engine!.SessionReused;

    /// <summary>SSL_set_session(3): the SSL keeps its own reference; null forgets the one it had.</summary>
    public void SetSession(SslSession? session)
    {
        session?.UpRef();
        SslSession? old = _session;
        _session = session;
        old?.Release();
    }

    /// <summary>
    /// When the SSL dies: as in OpenSSL and LibreSSL, a session whose
    /// connection completed its handshake but was never shut down
    /// (close_notify not sent) is dropped from the cache and can no longer
    /// be resumed, since the connection may have ended in an attack.
    /// </summary>
    private void ReleaseSession()
    {
        if (_session is not null && _sessionDone && (ShutdownState & SentShutdown) == 0)
        {
            _session.NotResumable = true;
            (_sessionContext ?? Context).Sessions.Remove(_session);
        }
        SetSession(null);
        _cacheHit?.Release();
        _cacheHit = null;
    }

    /// <summary>
    /// SSL_clear(3), as OpenSSL does it: a session whose connection was not
    /// shut down is spoilt and dropped; otherwise the SSL keeps its session,
    /// so a client that reconnects with the same object offers it again.
    /// </summary>
    private void ClearSession()
    {
        if (_session is not null && _sessionDone && (ShutdownState & SentShutdown) == 0)
        {
            _session.NotResumable = true;
            (_sessionContext ?? Context).Sessions.Remove(_session);
            SetSession(null);
        }
        _cacheHit?.Release();
        _cacheHit = null;
        _sessionContext = null;
        _sessionDone = false;
    }

    /// <summary>What the engine is told about sessions when a handshake starts.</summary>
    private (SessionState? Offer, System.Func<byte[], SessionState?>? Lookup, bool IssueIds) SessionConfig()
    {
        _sessionContext = Context;
        if (Role == Role.Client)
        {
            System.Threading.Interlocked.Increment(ref Context.Connects);
            return (_session is { IsResumable: true } s ? s.State : null, null, false);
        }
        System.Threading.Interlocked.Increment(ref Context.Accepts);
        long mode = Context.SessionCacheMode;
        bool serverCache = (mode & SslContext.CacheServer) != 0;
        bool lookup = serverCache && (mode & SslContext.CacheNoInternalLookup) == 0;
        return (null, lookup ? LookupSession : null, serverCache);
    }

    /// <summary>The server's cache lookup for the id a client sent, under this SSL's id context.</summary>
    private SessionState? LookupSession(byte[] id)
    {
        SslSession? found = _sessionContext!.Sessions.Find(SessionIdContext, id, SslSession.Now);
        _cacheHit?.Release();
        _cacheHit = found;
        return found?.State;
    }

    /// <summary>
    /// A server's RFC 5077 ticket for the session its full handshake is
    /// establishing, sealed with the key of the context the handshake
    /// started with (a servername callback may switch contexts; OpenSSL
    /// likewise keeps the first one's keys).  The lifetime hint is the
    /// context's session timeout (SSL_CTX_set_timeout(3)), as OpenSSL's.
    /// </summary>
    private Org.BouncyCastle.Tls.NewSessionTicket IssueTicket(SessionState state, int group)
    {
        SslContext owner = _sessionContext ?? Context;
        long timeout = owner.SessionTimeout;
        var session = new SslSession(state, SslSession.Now, timeout, (byte[])SessionIdContext.Clone()) { Group = group };
        return new Org.BouncyCastle.Tls.NewSessionTicket(System.Math.Clamp(timeout, 0, uint.MaxValue),
            owner.TicketKeys.Issue(session));
    }

    /// <summary>
    /// The session in a client's ticket, under the id the client sent with
    /// it (RFC 5077 3.4: the server echoes that id), if the ticket is this
    /// context's, unaltered, unexpired and was made under this SSL's
    /// session id context, as OpenSSL checks; null otherwise.  A hit
    /// counts in SSL_CTX_sess_hits(3), as in OpenSSL.
    /// </summary>
    private SessionState? RedeemTicket(byte[] ticket, byte[] id)
    {
        SslContext owner = _sessionContext!;
        SslSession? opened = owner.TicketKeys.Redeem(ticket, SslSession.Now);
        if (opened is null || !opened.IdContext.AsSpan().SequenceEqual(SessionIdContext))
            return null;
        var session = new SslSession(opened.State.WithId(id), opened.Time, opened.Timeout, opened.IdContext)
        {
            Group = opened.Group,
        };
        owner.Sessions.CountTicketHit();
        _cacheHit?.Release();
        _cacheHit = session;
        return session.State;
    }

    /// <summary>
    /// Once the handshake is complete: the session it resumed stays (a
    /// client's keeps its pointer, as in OpenSSL), or a new one is made and,
    /// as the cache mode says, stored and passed to the new-session callback.
    /// TLS 1.3 sessions are neither: without tickets they cannot be resumed.
    /// </summary>
    private void SessionEstablished()
    {
        if (_sessionDone)
            return;
        _sessionDone = true;
        SslContext owner = _sessionContext ?? Context;
        if (Role == Role.Server)
            System.Threading.Interlocked.Increment(ref owner.AcceptsGood);
        else
            System.Threading.Interlocked.Increment(ref owner.ConnectsGood);
        if (_engine!.SessionReused)
        {
            if (Role == Role.Server && _cacheHit is not null)
                SetSession(_cacheHit);
            _cacheHit?.Release();
            _cacheHit = null;
            return;
        }
        if (_cacheHit is not null)
        {
            owner.Sessions.UndoHit();
            _cacheHit.Release();
            _cacheHit = null;
        }
        SessionState? state = _engine.EstablishedSession;
        if (state is null)
            return;
        var session = new SslSession(state, SslSession.Now, owner.SessionTimeout,
            Role == Role.Server ? (byte[])SessionIdContext.Clone() : System.Array.Empty<byte>())
        {
            Group = _engine.NegotiatedGroup,
        };
        SslSession? old = _session;
        _session = session;
        old?.Release();

        long mode = owner.SessionCacheMode;
        long side = Role == Role.Server ? SslContext.CacheServer : SslContext.CacheClient;
        if ((mode & side) == 0 || !session.IsResumable)
            return;
        if ((mode & SslContext.CacheNoInternalStore) == 0)
            owner.Sessions.Add(session);
        NewSessionCallback? callback = owner.NewSession;
        if (callback is not null)
        {
            session.UpRef();
            if (!callback(this, session))
                session.Release();
        }
    }
}
