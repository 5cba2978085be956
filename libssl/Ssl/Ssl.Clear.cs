namespace LibSsl.Ssl;

// SSL_clear(3).
internal sealed partial class Ssl
{
    /// <summary>
    /// Makes the object ready for a new connection, as OpenSSL's SSL_clear
    /// does: the connection's state goes (the engine with its keys, buffered
    /// records and plaintext, an interrupted write, the shutdown bits, a
    /// failure), and the settings stay: role, BIOs, options, mode, versions,
    /// suites, groups, ALPN offer, certificate and key, the server name to
    /// send, and (as in OpenSSL) the one a server received last.
    /// </summary>
    public void Clear()
    {
        // Before the shutdown bits go: they decide whether the session survives.
        ClearSession();
        _engine = null;
        _reader.Reset();
        _output.Clear();
        _pendingWrite = -1;
        _pendingWriteBuffer = 0;
        _plainStart = _plainEnd = 0;
        _closeNotifyUnsent = false;
        _bioFlushOwed = false;
        _failed = false;
        ShutdownState = 0;
        RwState = RwState.Nothing;
    }
}
