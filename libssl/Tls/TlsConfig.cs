using System.Collections.Generic;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// What the engine needs to know of one connection, fixed when its handshake
/// starts: the SSL layer resolves contexts, options and overrides into this.
/// </summary>
internal sealed class TlsConfig
{
    public required ProtocolVersion[] Versions { get; init; }

    /// <summary>Cipher suite ids in preference order, TLS 1.3 and 1.2 mixed.</summary>
    public required int[] CipherSuites { get; init; }

    public required int[] Groups { get; init; }

    /// <summary>Host name for the server_name extension, or null.</summary>
    public string? ServerName { get; init; }

    /// <summary>
    /// A server's certificate chains (leaf first, DER) with their keys, one
    /// per key kind, asked for when needed: a servername callback may switch
    /// them mid-handshake.
    /// </summary>
    public System.Func<IReadOnlyList<(IReadOnlyList<byte[]> Chain, Org.BouncyCastle.Crypto.AsymmetricKeyParameter Key)>>? ServerIdentity { get; init; }

    /// <summary>
    /// A server's hook once the ClientHello's extensions are read, given the
    /// requested host name (or null): returns an alert to refuse with, or -1.
    /// </summary>
    public System.Func<string?, short>? OnClientHello { get; init; }

    /// <summary>
    /// Verifies the peer's certificate chain as received (SSL_CTX_set_verify(3)):
    /// returns the alert to end the handshake with, or -1 to go on.
    /// </summary>
    public System.Func<Certificate, short>? VerifyPeer { get; init; }

    /// <summary>A client's certificate chains with their keys, offered when a server asks; null for none.</summary>
    public System.Func<IReadOnlyList<(IReadOnlyList<byte[]> Chain, Org.BouncyCastle.Crypto.AsymmetricKeyParameter Key)>>? ClientIdentity { get; init; }

    /// <summary>A server asks for the client's certificate (SSL_VERIFY_PEER).</summary>
    public bool RequestClientCertificate { get; init; }

    /// <summary>... and refuses a client that sends none (SSL_VERIFY_FAIL_IF_NO_PEER_CERT).</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>ALPN names a client offers; null for no extension.</summary>
    public IList<byte[]>? AlpnOffer { get; init; }

    /// <summary>
    /// A server's ALPN choice from the client's wire-format list: the name,
    /// null to answer without ALPN; it throws a no_application_protocol
    /// alert to refuse.  Null when the server ignores ALPN.
    /// </summary>
    public System.Func<byte[], byte[]?>? AlpnSelect { get; init; }

    /// <summary>SSL_OP_CIPHER_SERVER_PREFERENCE: a server picks by its own order.</summary>
    public bool PreferServerCiphers { get; init; }

    /// <summary>A client's session to offer for resumption (SSL_set_session(3)), or null.</summary>
    public SessionState? ResumeOffer { get; init; }

    /// <summary>
    /// A server's session cache: the session stored under the id the client
    /// sent, or null.  Null when the server caches nothing.
    /// </summary>
    public System.Func<byte[], SessionState?>? ResumeLookup { get; init; }

    /// <summary>A client asks for RFC 5077 tickets and offers them (not SSL_OP_NO_TICKET).</summary>
    public bool SessionTickets { get; init; }

    /// <summary>
    /// A server's RFC 5077 ticket maker (not SSL_OP_NO_TICKET): seals the
    /// session a TLS 1.2 full handshake is establishing, given with its
    /// key-exchange group, into a ticket.  Null when the server issues none.
    /// </summary>
    public System.Func<SessionState, int, NewSessionTicket>? IssueTicket { get; init; }

    /// <summary>
    /// A server's ticket opener: the session in the ticket a client sent,
    /// under the session id it sent with it, or null when the ticket is
    /// not ours, altered or expired.  Null when the server takes no tickets.
    /// </summary>
    public System.Func<byte[], byte[], SessionState?>? RedeemTicket { get; init; }

    /// <summary>A server gives full handshakes a session id (SSL_SESS_CACHE_SERVER).</summary>
    public bool IssueSessionIds { get; init; }

    /// <summary>Takes each NSS key log line (SSL_CTX_set_keylog_callback(3)); null for none.</summary>
    public System.Action<string>? KeyLog { get; init; }

    public static ProtocolVersion[] VersionRange(int min, int max)
    {
        var list = new List<ProtocolVersion>();
        if (max >= 0x0304 && min <= 0x0304)
            list.Add(ProtocolVersion.TLSv13);
        if (max >= 0x0303 && min <= 0x0303)
            list.Add(ProtocolVersion.TLSv12);
        return list.ToArray();
    }
}
