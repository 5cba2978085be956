using LibSsl.Ssl;

namespace LibSsl.Native;

/// <summary>
/// The SSL_CTX_ctrl(3) commands behind OpenSSL's session macros:
/// SSL_CTX_set_session_cache_mode, SSL_CTX_sess_set_cache_size and the
/// SSL_CTX_sess_* counters (SSL_CTX_set_session_cache_mode(3)).
/// </summary>
internal static class SessionCtrl
{
    public const int SessNumber = 20;
    public const int SessConnect = 21;
    public const int SessConnectGood = 22;
    public const int SessConnectRenegotiate = 23;
    public const int SessAccept = 24;
    public const int SessAcceptGood = 25;
    public const int SessAcceptRenegotiate = 26;
    public const int SessHit = 27;
    public const int SessCbHit = 28;
    public const int SessMisses = 29;
    public const int SessTimeouts = 30;
    public const int SessCacheFull = 31;
    public const int SetSessCacheSize = 42;
    public const int GetSessCacheSize = 43;
    public const int SetSessCacheMode = 44;
    public const int GetSessCacheMode = 45;

    public static bool Handles(int cmd) =>
        cmd is >= SessNumber and <= SessCacheFull or >= SetSessCacheSize and <= GetSessCacheMode;

    public static nint Context(SslContext ctx, int cmd, nint larg)
    {
        switch (cmd)
        {
            case SessNumber:
                return ctx.Sessions.Count;
            case SessConnect:
                return (nint)ctx.Connects;
            case SessConnectGood:
                return (nint)ctx.ConnectsGood;
            case SessAccept:
                return (nint)ctx.Accepts;
            case SessAcceptGood:
                return (nint)ctx.AcceptsGood;
            case SessHit:
                return (nint)ctx.Sessions.Hits;
            case SessMisses:
                return (nint)ctx.Sessions.Misses;
            case SessTimeouts:
                return (nint)ctx.Sessions.Timeouts;
            case SessCacheFull:
                return (nint)ctx.Sessions.CacheFull;
            case SetSessCacheSize:
                // As OpenSSL: a negative size is refused with 0; else the old size.
                if (larg < 0)
                    return 0;
                long old = ctx.Sessions.MaxSize;
                ctx.Sessions.MaxSize = larg;
                return (nint)old;
            case GetSessCacheSize:
                return (nint)ctx.Sessions.MaxSize;
            case SetSessCacheMode:
                long previous = ctx.SessionCacheMode;
                ctx.SessionCacheMode = larg;
                return (nint)previous;
            case GetSessCacheMode:
                return (nint)ctx.SessionCacheMode;
            default:
                // Renegotiation and external-cache counters: we do neither.
                return 0;
        }
    }
}
