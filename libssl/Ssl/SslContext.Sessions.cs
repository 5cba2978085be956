namespace LibSsl.Ssl;

/// <summary>
/// SSL_CTX_sess_set_new_cb(3): told of a new session; true when the
/// callback kept the reference it was given.
/// </summary>
internal delegate bool NewSessionCallback(Ssl ssl, SslSession session);

// Sessions: SSL_CTX_set_session_cache_mode(3), SSL_CTX_set_timeout(3),
// SSL_CTX_set_session_id_context(3), SSL_CTX_sess_set_new_cb(3).
internal sealed partial class SslContext
{
    public const long CacheOff = 0x0;
    public const long CacheClient = 0x1;
    public const long CacheServer = 0x2;
    public const long CacheNoInternalLookup = 0x100;
    public const long CacheNoInternalStore = 0x200;

    /// <summary>SSL_SESS_CACHE_* bits; OpenSSL's default is SSL_SESS_CACHE_SERVER.</summary>
    public long SessionCacheMode { get; set; } = CacheServer;

    /// <summary>The timeout given to new sessions, in seconds (SSL_CTX_set_timeout(3)).</summary>
    public long SessionTimeout { get; set; } = SslSession.DefaultTimeout;

    /// <summary>Server sessions are only resumed under the context id they were made with.</summary>
    public byte[] SessionIdContext { get; set; } = System.Array.Empty<byte>();

    public SessionCache Sessions { get; } = new();

    /// <summary>The key a server's RFC 5077 tickets are sealed with, random per context.</summary>
    public SessionTicketKeys TicketKeys { get; } = new();

    public NewSessionCallback? NewSession { get; set; }

    /// <summary>The C function pointers as set, for the get_*_cb calls.</summary>
    public nint NewSessionFunction { get; set; }

    public nint RemoveSessionFunction { get; set; }

    // SSL_CTX_sess_accept(3) and friends: handshakes started and completed.
    public long Connects;
    public long ConnectsGood;
    public long Accepts;
    public long AcceptsGood;
}
