using System;
using LibSsl.Common;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// SSL_SESSION: what a later connection needs to resume this one (the
/// engine's <see cref="SessionState"/>) and OpenSSL's bookkeeping around
/// it: creation time, timeout, the server's session id context.  Reference
/// counted like every object C holds (SSL_SESSION_up_ref(3)); the engine
/// state is immutable, so one session may be offered by many connections.
/// </summary>
internal sealed class SslSession : RefCounted
{
    /// <summary>OpenSSL's default session timeout for TLS methods, in seconds.</summary>
    public const long DefaultTimeout = 7200;

    public const int MaxIdContextLength = 32;

    public SslSession(SessionState state, long time, long timeout, byte[] idContext)
    {
        State = state;
        Time = time;
        Timeout = timeout;
        IdContext = idContext;
    }

    public SessionState State { get; }

    /// <summary>Creation time, seconds since the epoch (SSL_SESSION_get_time(3)).</summary>
    public long Time { get; set; }

    /// <summary>Lifetime in seconds from <see cref="Time"/> (SSL_SESSION_get_timeout(3)).</summary>
    public long Timeout { get; set; }

    /// <summary>
    /// The key-exchange group (TLS code point) of the full handshake, or -1:
    /// a resumed TLS 1.2 handshake has no key exchange of its own, and
    /// SSL_get_negotiated_group reports this one, as OpenSSL does.
    /// </summary>
    public int Group { get; set; } = -1;

    /// <summary>The server's session id context when the session was made (SSL_CTX_set_session_id_context(3)).</summary>
    public byte[] IdContext { get; }

    /// <summary>
    /// Set when a connection using the session was freed without sending
    /// close_notify (OpenSSL's and LibreSSL's ssl_clear_bad_session).
    /// </summary>
    public bool NotResumable { get; set; }

    /// <summary>SSL_SESSION_is_resumable(3): a TLS 1.2 session with an id; never a TLS 1.3 one (see BUGS).</summary>
    public bool IsResumable => !NotResumable && State.CanResume;

    /// <summary>Past its lifetime at <paramref name="now"/>, OpenSSL's test: time + timeout &lt; now.</summary>
    public bool ExpiredAt(long now) => Time + Timeout < now;

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
