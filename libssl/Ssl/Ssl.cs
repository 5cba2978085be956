using System.Collections.Generic;
using LibSsl.Common;
using LibSsl.Err;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>Which end of the connection this SSL plays.</summary>
internal enum Role
{
    Unset,
    Client,
    Server,
}

/// <summary>SSL_want(3): what the last operation was waiting for.</summary>
internal enum RwState
{
    Nothing,
    Reading,
    Writing,
}

/// <summary>
/// SSL: one connection, the state machine of the manual.  It moves records
/// between its BIOs and the engine and keeps what SSL_get_error(3) needs; it
/// never touches a file descriptor, only <see cref="Bio.Bio"/>.  The
/// operations live in partial files named after their pages.
/// </summary>
internal sealed partial class Ssl : RefCounted, IConnectionSettings
{
    public const int SentShutdown = 1;
    public const int ReceivedShutdown = 2;

    private readonly RecordReader _reader = new();
    private readonly HandshakeFragmentGuard _fragments = new();
    private readonly OutputBuffer _output = new();
    private Bio.Bio? _rbio;
    private Bio.Bio? _wbio;
    private TlsEngine? _engine;
    private bool _failed;

    public Ssl(SslContext context)
    {
        context.UpRef();
        Context = context;
        Options = context.Options;
        Mode = context.Mode;
        MinVersion = context.MinVersion;
        MaxVersion = context.MaxVersion;
        ReadAhead = context.ReadAhead;
        QuietShutdown = context.QuietShutdown;
        AlpnProtocols = context.AlpnProtocols;
        PasswordSource = context.PasswordSource;
        Groups = context.Groups;
        CipherList = context.CipherList;
        Ciphersuites = context.Ciphersuites;
        Identity = context.Identity.Copy();
        VerifyMode = context.VerifyMode;
        VerifyCallback = context.VerifyCallback;
        VerifyCallbackPointer = context.VerifyCallbackPointer;
        Param = context.Param.Copy();
        SessionIdContext = context.SessionIdContext;
    }

    /// <summary>What this SSL presents as a server.</summary>
    public Identity Identity { get; private set; }

    /// <summary>
    /// SSL_set_SSL_CTX(3): the SSL moves to <paramref name="context"/> and
    /// takes its certificate and key (only those, as in OpenSSL), typically
    /// from a servername callback choosing what to serve.
    /// </summary>
    public void SwitchContext(SslContext context)
    {
        if (context == Context)
            return;
        context.UpRef();
        SslContext old = Context;
        Context = context;
        Identity = context.Identity.Copy();
        old.Release();
    }

    public SslContext Context { get; private set; }

    public ulong Options { get; set; }

    public long Mode { get; set; }

    public int MinVersion { get; set; }

    public int MaxVersion { get; set; }

    public bool ReadAhead { get; set; }

    /// <summary>SSL_set_quiet_shutdown(3): SSL_shutdown(3) sends nothing and reports the session closed.</summary>
    public bool QuietShutdown { get; set; }

    public byte[]? AlpnProtocols { get; set; }

    /// <summary>Asked for the password of an encrypted key (SSL_CTX_set_default_passwd_cb(3)); null for none.</summary>
    public System.Func<string?>? PasswordSource { get; set; }

    public int[] Groups { get; set; }

    public IReadOnlyList<CipherSuiteInfo> CipherList { get; set; }

    public IReadOnlyList<CipherSuiteInfo> Ciphersuites { get; set; }

    /// <summary>Host name to send as SNI (client) or received (server).</summary>
    public string? ServerName { get; set; }

    public Role Role { get; private set; }

    public RwState RwState { get; private set; }

    /// <summary>SSL_get_shutdown(3) bits.</summary>
    public int ShutdownState { get; set; }

    public Bio.Bio? ReadBio => _rbio;

    public Bio.Bio? WriteBio => _wbio;

    public bool HandshakeDone => _engine is { HandshakeComplete: true };

    /// <summary>
    /// SSL_is_server(3): before a role is chosen, an SSL whose method can
    /// accept counts as a server, as in OpenSSL.
    /// </summary>
    public bool IsServer => Role == Role.Server || (Role == Role.Unset && Context.Method.Role != MethodRole.Client);

    /// <summary>SSL_set_connect_state(3); ignored once a handshake has started, as the role cannot change then.</summary>
    public void SetConnectState()
    {
        if (_engine is null)
            Role = Role.Client;
    }

    /// <summary>SSL_set_accept_state(3); ignored once a handshake has started.</summary>
    public void SetAcceptState()
    {
        if (_engine is null)
            Role = Role.Server;
    }

    /// <summary>
    /// SSL_set0_rbio(3): the SSL takes over the caller's reference to
    /// <paramref name="bio"/> and drops the one it held for its read side.
    /// </summary>
    public void Set0ReadBio(Bio.Bio? bio)
    {
        Bio.Bio? old = _rbio;
        _rbio = bio;
        old?.FreeAll();
    }

    /// <summary>SSL_set0_wbio(3): the same for the write side.</summary>
    public void Set0WriteBio(Bio.Bio? bio)
    {
        Bio.Bio? old = _wbio;
        _wbio = bio;
        old?.FreeAll();
    }

    /// <summary>
    /// SSL_set_bio(3) with OpenSSL's ownership rules: each side holds one
    /// reference (so one BIO used both ways holds two); the caller hands over
    /// one reference per BIO it passes, one in all when both are the same,
    /// and none for a side left as it was.  The asymmetry when only the read
    /// BIO changes is OpenSSL's and kept for compatibility.
    /// </summary>
    public void SetBio(Bio.Bio? rbio, Bio.Bio? wbio)
    {
        if (rbio == _rbio && wbio == _wbio)
            return;
        if (rbio is not null && rbio == wbio)
            rbio.UpRef();
        if (rbio == _rbio)
        {
            Set0WriteBio(wbio);
            return;
        }
        if (wbio == _wbio && _rbio != _wbio)
        {
            Set0ReadBio(rbio);
            return;
        }
        Set0ReadBio(rbio);
        Set0WriteBio(wbio);
    }

    /// <summary>Negotiated version, or TLS_ANY_VERSION before one is agreed.</summary>
    public int Version
    {
        get
        {
            int v = _engine?.Version ?? 0;
            return HandshakeDone && v != 0 ? v : TlsVersion.Any;
        }
    }

    public SslCipher? CurrentCipher
    {
        get
        {
            int id = _engine?.CipherSuite ?? -1;
            return id < 0 ? null : SslCipher.ForSuite(id);
        }
    }

    protected override void OnLastRelease()
    {
        ReleasePeerChain();
        ReleaseSession();
        Set0ReadBio(null);
        Set0WriteBio(null);
        Context.Release();
    }

    /// <summary>
    /// Marks the connection dead after a fatal error, reports the reason, and
    /// makes a best effort to send the alert the engine queued.
    /// </summary>
    private int Fatal(System.Exception e, string function, byte[]? header = null, bool ownAlert = false)
    {
        _failed = true;
        ErrorQueue.PushSsl(EngineFailure.Reason(e, header), function);
        try
        {
            if (_engine is not null && _wbio is not null)
            {
                Flush();
                if (ownAlert || (Role == Role.Server && !_engine.HasSpoken))
                    SendPlaintextAlert(e, header);
            }
        }
        catch (System.Exception)
        {
            // The connection is already lost; the first error is the one reported.
        }
        RwState = RwState.Nothing;
        return -1;
    }

    /// <summary>
    /// Sends the alert the engine did not: one this layer raised itself
    /// (<paramref name="e"/> never reached the engine), or one BouncyCastle
    /// dropped because a server that has not yet read a valid ClientHello
    /// sends nothing at all.  The protocol still wants the alert (RFC 8446
    /// 6.2) and OpenSSL sends it; in both cases our records are still
    /// plaintext, so it goes out as a plaintext record.  A peer whose bytes
    /// are not TLS at all (an HTTP request) gets no answer, as from OpenSSL.
    /// </summary>
    private void SendPlaintextAlert(System.Exception e, byte[]? header)
    {
        if (e is not Org.BouncyCastle.Tls.TlsFatalAlert raised)
            return;
        if (header is not null && header[1] != 3)
            return;
        byte[] alert =
        {
            (byte)Org.BouncyCastle.Tls.ContentType.alert, 3, 3, 0, 2,
            (byte)Org.BouncyCastle.Tls.AlertLevel.fatal, (byte)raised.AlertDescription,
        };
        if (_wbio!.Write(alert) == alert.Length)
            _wbio.Flush();
    }

    /// <summary>
    /// Writes pending engine output to the write BIO.  1 when all is out,
    /// -1 when the BIO asked for a retry (RwState says so) or failed.
    /// </summary>
    private int Flush()
    {
        bool wrote = false;
        while (true)
        {
            if (_output.IsEmpty)
            {
                if (_engine!.PendingOutput == 0)
                    break;
                _output.TakeFrom(_engine);
            }
            int n = _wbio!.Write(_output.Pending);
            if (n > 0)
            {
                _output.Consume(n);
                wrote = true;
                continue;
            }
            if (_wbio.ShouldRetry)
                RwState = RwState.Writing;
            return -1;
        }
        // As OpenSSL does after each flight: BIO_flush, so a buffering BIO
        // (or a C method that batches) sends now.  A flush that asks to be
        // retried is a write retry; any other answer is not an error.
        _bioFlushOwed |= wrote;
        if (_bioFlushOwed)
        {
            if (_wbio!.Flush() <= 0 && _wbio.ShouldRetry)
            {
                RwState = RwState.Writing;
                return -1;
            }
            _bioFlushOwed = false;
        }
        return 1;
    }

    // Output went to the write BIO and its BIO_flush has not yet succeeded.
    private bool _bioFlushOwed;

    /// <summary>
    /// Sends what the write BIO accepts now and leaves the rest queued; a
    /// retry or failure here is left for the next operation that must write.
    /// </summary>
    private void FlushWithoutWaiting()
    {
        RwState saved = RwState;
        Flush();
        RwState = saved;
    }

    /// <summary>
    /// Reads one whole record from the read BIO and gives it to the engine.
    /// 1 when a record was processed; -1 for a retry, a BIO failure or a
    /// fatal protocol error; 0 for end of file.
    /// </summary>
    private int ReadRecord(string function)
    {
        ReadOutcome outcome;
        try
        {
            outcome = _reader.Fill(_rbio!, _engine!.RecordSize);
        }
        catch (System.Exception e)
        {
            byte[] header = (byte[])_reader.Header.Clone();
            _reader.Reset();
            return Fatal(e, function, header);
        }

        switch (outcome)
        {
            case ReadOutcome.Retry:
                RwState = RwState.Reading;
                return -1;
            case ReadOutcome.Eof:
                // LibreSSL's contract (DESIGN.md): end of file without
                // close_notify is SSL_ERROR_SYSCALL with errno 0.
                _failed = true;
                Posix.Errno.Keep(0);
                return 0;
            case ReadOutcome.Error:
                _failed = true;
                return -1;
        }

        try
        {
            _fragments.Check(_reader.Buffer, _reader.Length);
        }
        catch (System.Exception e)
        {
            _reader.Reset();
            return Fatal(e, function, ownAlert: true);
        }
        try
        {
            _engine.OfferRecord(_reader.Buffer, _reader.Length);
        }
        catch (System.Exception e)
        {
            return Fatal(e, function);
        }
        finally
        {
            _reader.Reset();
        }
        return 1;
    }

    /// <summary>Reports that a closed or failed connection cannot be used.</summary>
    private int RefuseAfterFailure(string function)
    {
        ErrorQueue.PushSsl(SslReason.ProtocolIsShutdown, function);
        return -1;
    }
}
