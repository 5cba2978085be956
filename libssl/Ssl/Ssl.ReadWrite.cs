using System;
using LibSsl.Err;

namespace LibSsl.Ssl;

// SSL_read(3), SSL_write(3), SSL_pending(3).
internal sealed partial class Ssl
{
    // Bytes of the SSL_write that a write-BIO retry interrupted: already
    // encrypted and queued, so the retried call only has to flush them.
    private int _pendingWrite = -1;

    // Decrypted application data taken from the engine and not yet read;
    // SSL_peek(3) looks at it without consuming it.
    private byte[] _plain = Array.Empty<byte>();
    private int _plainStart;
    private int _plainEnd;

    /// <summary>Decrypted bytes ready for SSL_read(3): SSL_pending(3).</summary>
    public int Pending => _engine is null || _failed ? 0 : _plainEnd - _plainStart + _engine.PendingInput;

    /// <summary>
    /// Copies decrypted data into <paramref name="buffer"/>, consuming it
    /// unless <paramref name="peek"/>.  0 when none is buffered.
    /// </summary>
    private int TakePlain(Span<byte> buffer, bool peek)
    {
        if (_plainStart == _plainEnd)
        {
            int available = _engine!.PendingInput;
            if (available == 0)
                return 0;
            // A read decrypts into the caller's buffer with no copy of ours
            // in between; what does not fit waits in the engine.  Only a
            // peek needs the bytes held here.
            if (!peek)
                return buffer.IsEmpty ? 0 : _engine.ReadInput(buffer);
            if (_plain.Length < available)
                _plain = new byte[Math.Max(available, 16384)];
            _plainStart = 0;
            _plainEnd = _engine.ReadInput(_plain, 0, available);
        }
        int n = Math.Min(buffer.Length, _plainEnd - _plainStart);
        _plain.AsSpan(_plainStart, n).CopyTo(buffer);
        if (!peek)
            _plainStart += n;
        return n;
    }

    /// <summary>Throws away buffered application data (a shutdown waiting for close_notify).</summary>
    private void DiscardPlain()
    {
        _plainStart = _plainEnd = 0;
        byte[] scratch = _plain.Length > 0 ? _plain : new byte[4096];
        while (_engine!.PendingInput > 0)
            _engine.ReadInput(scratch, 0, scratch.Length);
    }

    /// <summary>
    /// Reads application data, doing the handshake first if it is not done.
    /// &gt;0 bytes read; 0 after the peer's close_notify (SSL_ERROR_ZERO_RETURN)
    /// or at end of file (SSL_ERROR_SYSCALL); -1 to retry or on error.
    /// With <paramref name="peek"/> (SSL_peek(3)) the bytes stay to be read.
    /// </summary>
    public int Read(Span<byte> buffer, string function, bool peek = false)
    {
        RwState = RwState.Nothing;
        if (Role == Role.Unset)
        {
            ErrorQueue.PushSsl(SslReason.Uninitialized, function);
            return -1;
        }
        if (!HandshakeDone)
        {
            int r = DoHandshake(function);
            if (r <= 0)
                return r;
        }
        if ((ShutdownState & ReceivedShutdown) != 0)
            return 0;

        while (true)
        {
            if (Pending > 0)
                return TakePlain(buffer, peek);
            if (_engine!.CloseNotifyReceived)
            {
                ShutdownState |= ReceivedShutdown;
                return 0;
            }
            if (_failed)
                return RefuseAfterFailure(function);
            // The engine may owe the peer a reply (a KeyUpdate, an alert).
            // Send what the write BIO takes now, but never wait on it here:
            // a reader whose own earlier SSL_write is stuck behind a full
            // socket must still be able to read, or both ends deadlock.
            FlushWithoutWaiting();

            int got = ReadRecord(function);
            if (got <= 0)
                return got;

            // Without SSL_MODE_AUTO_RETRY a record that carried no data ends
            // the call with a read retry, as in OpenSSL.
            if ((Mode & SslOptions.ModeAutoRetry) == 0 && Pending == 0
                && !_engine.CloseNotifyReceived)
            {
                _rbio!.MarkRetryRead();
                RwState = RwState.Reading;
                return -1;
            }
        }
    }

    // Which buffer the interrupted SSL_write was given: without
    // SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER the retry must pass the same one.
    private nint _pendingWriteBuffer;

    /// <summary>Largest plaintext one record carries.</summary>
    private const int MaxFragment = 16384;

    /// <summary>
    /// Writes <paramref name="data"/> in records of at most 16 KiB: all of it,
    /// or with SSL_MODE_ENABLE_PARTIAL_WRITE one record's worth.  After a
    /// retry the caller repeats the call with the same arguments; the bytes
    /// already encrypted are then flushed, never encrypted twice.
    /// <paramref name="bufferIdentity"/> names the caller's buffer for the
    /// retry check and is never dereferenced.
    /// </summary>
    public int Write(ReadOnlySpan<byte> data, nint bufferIdentity, string function)
    {
        RwState = RwState.Nothing;
        if (Role == Role.Unset)
        {
            ErrorQueue.PushSsl(SslReason.Uninitialized, function);
            return -1;
        }
        if ((ShutdownState & SentShutdown) != 0)
        {
            ErrorQueue.PushSsl(SslReason.ProtocolIsShutdown, function);
            return -1;
        }
        if (!HandshakeDone)
        {
            int r = DoHandshake(function);
            if (r <= 0)
                return r;
        }
        if (_failed)
            return RefuseAfterFailure(function);

        if (_pendingWrite >= 0)
        {
            // OpenSSL's "bad write retry": a shorter buffer, or another one
            // unless the caller said it may move.
            if (data.Length < _pendingWrite
                || (bufferIdentity != _pendingWriteBuffer && (Mode & SslOptions.ModeAcceptMovingWriteBuffer) == 0))
            {
                ErrorQueue.PushSsl(SslReason.BadWriteRetry, function);
                return -1;
            }
            if (Flush() < 0)
                return -1;
            int done = _pendingWrite;
            _pendingWrite = -1;
            return done;
        }

        int count = (Mode & SslOptions.ModeEnablePartialWrite) != 0 ? Math.Min(data.Length, MaxFragment) : data.Length;
        try
        {
            _engine!.Write(data.Slice(0, count));
        }
        catch (Exception e)
        {
            return Fatal(e, function);
        }
        if (Flush() < 0)
        {
            _pendingWrite = count;
            _pendingWriteBuffer = bufferIdentity;
            return -1;
        }
        return count;
    }

    /// <summary>
    /// SSL_has_pending(3): bytes are buffered inside the library, decrypted
    /// or not yet a whole record.
    /// </summary>
    public bool HasPending => !_failed && (Pending > 0 || _reader.InProgress);
}
