namespace LibSsl.Ssl;

/// <summary>
/// The settings an SSL_CTX and an SSL both carry (an SSL starts with a copy
/// of its context's), so the SSL_CTX_* and SSL_* forms of a setter are one
/// piece of code.
/// </summary>
internal interface IConnectionSettings
{
    ulong Options { get; set; }

    long Mode { get; set; }

    int MinVersion { get; set; }

    int MaxVersion { get; set; }

    /// <summary>SSL_set_read_ahead(3): permission to read past the current record; we still read record by record.</summary>
    bool ReadAhead { get; set; }

    System.Collections.Generic.IReadOnlyList<Tls.CipherSuiteInfo> CipherList { get; set; }

    System.Collections.Generic.IReadOnlyList<Tls.CipherSuiteInfo> Ciphersuites { get; set; }

    /// <summary>The protocols a client offers (SSL_CTX_set_alpn_protos(3)), wire format; null for none.</summary>
    byte[]? AlpnProtocols { get; set; }

    /// <summary>SSL_CTX_set_verify(3): SSL_VERIFY_* bits.</summary>
    int VerifyMode { get; set; }

    X509.VerifyCallback? VerifyCallback { get; set; }

    nint VerifyCallbackPointer { get; set; }

    /// <summary>Verify depth, host names, flags (SSL_CTX_set_verify_depth(3), SSL_set1_host(3)).</summary>
    X509.VerifyParam Param { get; }

    /// <summary>Key-exchange groups in preference order (SSL_CTX_set1_groups_list(3)).</summary>
    int[] Groups { get; set; }
}
