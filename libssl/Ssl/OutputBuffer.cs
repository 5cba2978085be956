using System;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// Encrypted bytes taken from the engine but not yet accepted by the write
/// BIO.  Holding them here is what lets a retried SSL_write(3) or handshake
/// continue exactly where the BIO stopped, sending no byte twice.
/// </summary>
internal sealed class OutputBuffer
{
    // Grown to the most the engine has had ready at once, in whole
    // kilobytes; an idle connection that only sent its handshake keeps a
    // small one.
    private byte[] _buffer = Array.Empty<byte>();
    private int _start;
    private int _end;

    public bool IsEmpty => _start == _end;

    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Takes everything the engine has ready to send.</summary>
    public void TakeFrom(TlsEngine engine)
    {
        int available = engine.PendingOutput;
        if (available > _buffer.Length)
            _buffer = new byte[(available + 1023) & ~1023];
        _start = 0;
        _end = engine.ReadOutput(_buffer, 0, available);
    }

    public void Consume(int count) => _start += count;

    /// <summary>Drops what was not sent (SSL_clear(3): the connection it belonged to is gone).</summary>
    public void Clear() => _start = _end = 0;
}
