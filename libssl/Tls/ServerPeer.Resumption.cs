using System;
using System.Linq;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

// Session resumption, the server's side (SSL_CTX_set_session_cache_mode(3)).
internal sealed partial class ServerPeer
{
    /// <summary>
    /// The cached session under the client's id, if it may still be used:
    /// its suite must still be configured here and offered by the client,
    /// and its version allowed; otherwise the handshake is a full one, as
    /// in OpenSSL.  (The engine resumes with the session's suite without
    /// asking SelectCipherSuite, so this is the only place to check.)
    /// </summary>
    public override TlsSession? GetSessionToResume(byte[] sessionID)
    {
        if (_config.ResumeLookup is null || sessionID is not { Length: > 0 })
            return null;
        SessionState? s = _config.ResumeLookup(sessionID);
        if (s is null || !s.CanResume)
            return null;
        if (Array.IndexOf(_config.CipherSuites, s.CipherSuite) < 0
            || m_offeredCipherSuites is null || Array.IndexOf(m_offeredCipherSuites, s.CipherSuite) < 0
            || !_config.Versions.Any(v => v.FullVersion == s.Version))
            return null;
        return s.ToEngine(Crypto);
    }

    /// <summary>32 random bytes when the server caches sessions; none (an empty id, nothing to resume) otherwise.</summary>
    public override byte[]? GetNewSessionID()
    {
        if (!_config.IssueSessionIds)
            return null;
        byte[] id = new byte[32];
        Crypto.SecureRandom.NextBytes(id);
        return id;
    }
}
