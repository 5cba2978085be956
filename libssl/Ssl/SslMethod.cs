using LibSsl.Common;

namespace LibSsl.Ssl;

/// <summary>Which ends a method may play.</summary>
internal enum MethodRole
{
    Any,
    Client,
    Server,
}

/// <summary>
/// SSL_METHOD: the version-flexible TLS methods.  They are constants; C
/// compares their pointers, so each exists once for the life of the process.
/// </summary>
internal sealed class SslMethod : RefCounted
{
    private SslMethod(string name, MethodRole role)
    {
        Name = name;
        Role = role;
    }

    public string Name { get; }

    public MethodRole Role { get; }

    public static readonly SslMethod Tls = new("TLS_method", MethodRole.Any);
    public static readonly SslMethod TlsClient = new("TLS_client_method", MethodRole.Client);
    public static readonly SslMethod TlsServer = new("TLS_server_method", MethodRole.Server);
}
