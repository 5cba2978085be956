using System;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>What one attempt to complete a record from the read BIO gave.</summary>
internal enum ReadOutcome
{
    /// <summary>A whole record is in the buffer.</summary>
    Record,

    /// <summary>The BIO asked to be retried; nothing is lost.</summary>
    Retry,

    /// <summary>End of file from the BIO.</summary>
    Eof,

    /// <summary>The BIO failed (errno is kept).</summary>
    Error,
}

/// <summary>
/// Assembles one TLS record at a time from the read BIO, asking it for the
/// 5-byte header and then exactly the body the header announces, never more.
/// A caller that polls the descriptor therefore never finds us sitting on
/// bytes it cannot see (no read-ahead).  Partial progress survives a retry.
/// </summary>
internal sealed class RecordReader
{
    // Largest record any version allows: 2^14 plaintext + 2048 expansion.
    private const int MaxRecord = TlsEngine.HeaderLength + 16384 + 2048;

    // Grown to the largest record seen so far, not allocated at its maximum
    // up front: a connection that only ever carries small records (an idle
    // one after its handshake) keeps a small buffer.
    private byte[] _buffer = new byte[TlsEngine.HeaderLength];
    private readonly byte[] _header = new byte[TlsEngine.HeaderLength];
    private int _have;
    private int _size;

    public byte[] Buffer => _buffer;

    public int Length => _size;

    /// <summary>True while some bytes of a record have arrived but not all.</summary>
    public bool InProgress => _have > 0;

    /// <summary>The header bytes received so far, for error diagnosis.</summary>
    public byte[] Header => _header;

    /// <summary>
    /// Reads toward the end of the current record.  <paramref name="sizeOf"/>
    /// is asked the full record size once the header is in; it may throw for
    /// a malformed header.
    /// </summary>
    public ReadOutcome Fill(Bio.Bio bio, System.Func<byte[], int> sizeOf)
    {
        while (true)
        {
            int want = _have < TlsEngine.HeaderLength ? TlsEngine.HeaderLength : _size;
            if (_have == want)
                return ReadOutcome.Record;

            int n = bio.Read(_buffer.AsSpan(_have, want - _have));
            if (n <= 0)
                return n == 0 && !bio.ShouldRetry ? ReadOutcome.Eof
                    : bio.ShouldRetry ? ReadOutcome.Retry : ReadOutcome.Error;
            _have += n;

            if (_have == TlsEngine.HeaderLength && _size == 0)
            {
                System.Array.Copy(_buffer, _header, TlsEngine.HeaderLength);
                _size = sizeOf(_header);
                if (_size > MaxRecord || _size < TlsEngine.HeaderLength)
                    throw new Org.BouncyCastle.Tls.TlsFatalAlert(Org.BouncyCastle.Tls.AlertDescription.record_overflow);
                if (_buffer.Length < _size)
                    System.Array.Resize(ref _buffer, GrownSize(_size));
            }
        }
    }

    // Whole kilobytes (a record of full size takes the maximum at once), so
    // records that creep up in size do not each cost a new buffer.
    private static int GrownSize(int size) => System.Math.Min(MaxRecord, (size + 1023) & ~1023);

    /// <summary>Forgets the record just handed on, ready for the next.</summary>
    public void Reset()
    {
        _have = 0;
        _size = 0;
    }
}
