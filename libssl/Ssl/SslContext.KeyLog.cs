namespace LibSsl.Ssl;

// SSL_CTX_set_keylog_callback(3).
internal sealed partial class SslContext
{
    /// <summary>Told each key log line of the connections of this context; null for none.</summary>
    public System.Action<Ssl, string>? KeyLog { get; set; }

    /// <summary>The C function pointer as set, for SSL_CTX_get_keylog_callback.</summary>
    public nint KeyLogFunction { get; set; }
}
