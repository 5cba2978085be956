using System.Collections.Generic;
using LibSsl.Common;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// SSL_CTX: the settings connections are made from.  SSL_new(3) copies them,
/// so changing a context later does not change connections already made,
/// as in OpenSSL.
/// </summary>
/// <summary>
/// A servername callback's answer: SSL_TLSEXT_ERR_* and, for
/// SSL_TLSEXT_ERR_ALERT_FATAL, the alert to send.
/// </summary>
internal delegate (int Verdict, int Alert) ServernameCallback(Ssl ssl);

internal sealed partial class SslContext : RefCounted, IConnectionSettings
{
    public SslContext(SslMethod method) => Method = method;

    public SslMethod Method { get; }

    public ulong Options { get; set; } = SslOptions.Default;

    public long Mode { get; set; } = SslOptions.DefaultMode;

    /// <summary>Lowest version allowed; 0 for no bound.</summary>
    public int MinVersion { get; set; }

    /// <summary>Highest version allowed; 0 for no bound.</summary>
    public int MaxVersion { get; set; }

    public bool ReadAhead { get; set; }

    /// <summary>SSL_set_quiet_shutdown(3): SSL_shutdown(3) sends nothing and reports the session closed.</summary>
    public bool QuietShutdown { get; set; }

    public byte[]? AlpnProtocols { get; set; }

    /// <summary>Asked for the password of an encrypted key (SSL_CTX_set_default_passwd_cb(3)); null for none.</summary>
    public System.Func<string?>? PasswordSource { get; set; }

    public int[] Groups { get; set; } = Tls.NamedGroups.Default;

    public IReadOnlyList<CipherSuiteInfo> CipherList { get; set; } = CipherString.DefaultTls12;

    public IReadOnlyList<CipherSuiteInfo> Ciphersuites { get; set; } = CipherString.DefaultTls13;

    /// <summary>The certificate and key a server presents (SSL_CTX_use_certificate(3)).</summary>
    public Identity Identity { get; } = new();

    /// <summary>A server's hook for the client's name (SSL_CTX_set_tlsext_servername_callback(3)).</summary>
    public ServernameCallback? ServernameCallback { get; set; }

    /// <summary>The caller's opaque argument for the servername callback (SSL_CTX_set_tlsext_servername_arg).</summary>
    public nint ServernameArgument { get; set; }

    /// <summary>SSL_CTX_set_verify(3): SSL_VERIFY_* bits.</summary>
    public int VerifyMode { get; set; }

    /// <summary>SSL_CTX_set_verify(3)'s callback, or null for none.</summary>
    public X509.VerifyCallback? VerifyCallback { get; set; }

    /// <summary>The C function behind <see cref="VerifyCallback"/>, for SSL_CTX_get_verify_callback(3).</summary>
    public nint VerifyCallbackPointer { get; set; }

    /// <summary>Verification parameters SSL_new(3) copies (depth, host names, flags).</summary>
    public X509.VerifyParam Param { get; } = new();

    /// <summary>The trusted certificates (SSL_CTX_load_verify_locations(3)), shared by the context's SSLs.</summary>
    public X509.TrustStore CertStore { get; private set; } = new();

    /// <summary>
    /// SSL_CTX_set_cert_store(3): the context takes over the caller's
    /// reference to <paramref name="store"/> and drops its old store.
    /// </summary>
    public void SetCertStore(X509.TrustStore store)
    {
        X509.TrustStore old = CertStore;
        CertStore = store;
        old.Release();
    }

    /// <summary>
    /// The last reference: the trusted store is released, and the session
    /// cache flushed so each session's remove callback runs (as in OpenSSL).
    /// </summary>
    protected override void OnLastRelease()
    {
        Sessions.Flush(0);
        CertStore.Release();
    }

    /// <summary>A server's ALPN choice (SSL_CTX_set_alpn_select_cb(3)); null to ignore ALPN.</summary>
    public AlpnSelector? AlpnSelect { get; set; }
}
