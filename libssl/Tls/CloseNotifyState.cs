using Org.BouncyCastle.Tls;

namespace LibSsl.Tls;

/// <summary>
/// close_notify kept OpenSSL-shaped for both protocol classes.
/// BouncyCastle answers a peer's close_notify at once and then refuses all
/// input; OpenSSL records it (SSL_RECEIVED_SHUTDOWN) and sends its own only
/// when the application calls SSL_shutdown(3), which may then wait for the
/// peer's.  The protocol objects route the alert through here and stay open.
/// </summary>
internal sealed class CloseNotifyState
{
    public bool Received { get; private set; }

    public bool Sent { get; private set; }

    /// <summary>True when the warning alert was a close_notify after the handshake and is now recorded.</summary>
    public bool TakeAlert(short alertDescription, bool handshakeComplete)
    {
        if (alertDescription != AlertDescription.close_notify || !handshakeComplete)
            return false;
        Received = true;
        return true;
    }

    /// <summary>True the first time: the caller then raises the alert.</summary>
    public bool MarkSent()
    {
        if (Sent)
            return false;
        Sent = true;
        return true;
    }
}
