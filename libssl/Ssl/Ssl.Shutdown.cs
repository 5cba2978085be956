using LibSsl.Err;

namespace LibSsl.Ssl;

// SSL_shutdown(3).
internal sealed partial class Ssl
{
    private bool _closeNotifyUnsent;

    /// <summary>
    /// Sends close_notify (first call: 0, or 1 if the peer's had already
    /// arrived); a later call waits for the peer's and returns 1.  -1 when a
    /// BIO asks for a retry or the connection failed.
    /// </summary>
    public int Shutdown(string function)
    {
        RwState = RwState.Nothing;
        if (Role == Role.Unset)
        {
            ErrorQueue.PushSsl(SslReason.Uninitialized, function);
            return -1;
        }
        if (!HandshakeDone)
        {
            ErrorQueue.PushSsl(SslReason.ShutdownWhileInInit, function);
            return -1;
        }
        if (QuietShutdown)
        {
            ShutdownState = SentShutdown | ReceivedShutdown;
            return 1;
        }
        if (_failed)
            return RefuseAfterFailure(function);

        if ((ShutdownState & SentShutdown) == 0)
        {
            ShutdownState |= SentShutdown;
            _engine!.SendCloseNotify();
            _closeNotifyUnsent = true;
        }
        if (Flush() < 0)
            return -1;
        // The call that gets our close_notify out reports it, as OpenSSL
        // does, even when it took a retry after SSL_ERROR_WANT_WRITE.
        if (_closeNotifyUnsent)
        {
            _closeNotifyUnsent = false;
            return (ShutdownState & ReceivedShutdown) != 0 ? 1 : 0;
        }

        while ((ShutdownState & ReceivedShutdown) == 0)
        {
            if (_engine!.CloseNotifyReceived)
            {
                ShutdownState |= ReceivedShutdown;
                break;
            }
            // Data still in flight from the peer is discarded, as in OpenSSL.
            if (Pending > 0)
            {
                DiscardPlain();
                continue;
            }
            int r = ReadRecord(function);
            if (r <= 0)
                return -1;
        }
        return 1;
    }
}
