using System;

namespace LibSsl.Fuzz;

/// <summary>
/// A read BIO that hands over its bytes in pieces: each piece is a length
/// byte (1 to 256 bytes follow) and the bytes, and between pieces a read
/// asks for a retry, as a non-blocking socket would.  End of file after
/// the last piece.
/// </summary>
internal sealed class PieceBio : LibSsl.Bio.Bio
{
    private readonly byte[] _input;
    private int _at;
    private int _pieceLeft;
    private bool _retryNext;

    public PieceBio(byte[] input) => _input = input;

    public override int Type => 1 | 0x0400;

    public override string Name => "fuzz pieces";

    protected override int ReadCore(Span<byte> buffer)
    {
        if (_pieceLeft == 0)
        {
            if (_at >= _input.Length)
                return 0;
            if (_retryNext)
            {
                _retryNext = false;
                SetRetryRead();
                return -1;
            }
            _pieceLeft = Math.Min(_input[_at++] + 1, _input.Length - _at);
            _retryNext = true;
            if (_pieceLeft == 0)
                return 0;
        }
        int n = Math.Min(buffer.Length, _pieceLeft);
        _input.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        _pieceLeft -= n;
        return n;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data) => -1;
}
