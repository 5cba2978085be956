using System;
using System.Collections.Generic;
using BioBase = LibSsl.Bio.Bio;

namespace LibSsl.Tests.Support;

/// <summary>
/// A read BIO that follows a script: each step delivers a chunk of bytes
/// (over as many reads as the caller's buffer sizes need), asks for a retry,
/// fails hard, or reports end of file.  Whatever has not been read stays in
/// the script, so a test can see exactly which bytes a reader left alone.
/// </summary>
internal sealed class ScriptedBio : BioBase
{
    private readonly Queue<Step> _steps = new();
    private byte[] _chunk = Array.Empty<byte>();
    private int _chunkPos;

    private enum Kind
    {
        Data,
        Retry,
        Error,
        Eof,
    }

    private readonly record struct Step(Kind Kind, byte[]? Data);

    public override int Type => 1 | 0x0400;

    /// <summary>The size of every buffer a caller offered to Read, in order.</summary>
    public List<int> Requests { get; } = new();

    public ScriptedBio Data(params byte[] bytes)
    {
        _steps.Enqueue(new Step(Kind.Data, bytes));
        return this;
    }

    /// <summary>Delivers the bytes one read at a time, each byte its own step.</summary>
    public ScriptedBio DataByteByByte(byte[] bytes, bool retryBetween)
    {
        foreach (byte b in bytes)
        {
            Data(b);
            if (retryBetween)
                Retry();
        }
        return this;
    }

    public ScriptedBio Retry()
    {
        _steps.Enqueue(new Step(Kind.Retry, null));
        return this;
    }

    public ScriptedBio Error()
    {
        _steps.Enqueue(new Step(Kind.Error, null));
        return this;
    }

    public ScriptedBio EndOfFile()
    {
        _steps.Enqueue(new Step(Kind.Eof, null));
        return this;
    }

    /// <summary>The bytes still unread: the rest of the current chunk and all later data steps.</summary>
    public byte[] Unread()
    {
        var rest = new List<byte>(_chunk.AsSpan(_chunkPos).ToArray());
        foreach (Step s in _steps)
            if (s.Kind == Kind.Data)
                rest.AddRange(s.Data!);
        return rest.ToArray();
    }

    protected override int ReadCore(Span<byte> buffer)
    {
        Requests.Add(buffer.Length);
        while (_chunkPos == _chunk.Length)
        {
            if (_steps.Count == 0)
            {
                // Past the end of the script: nothing more has "arrived".
                SetRetryRead();
                return -1;
            }
            Step step = _steps.Dequeue();
            switch (step.Kind)
            {
                case Kind.Data:
                    _chunk = step.Data!;
                    _chunkPos = 0;
                    break;
                case Kind.Retry:
                    SetRetryRead();
                    return -1;
                case Kind.Error:
                    return -1;
                case Kind.Eof:
                    return 0;
            }
        }
        int n = Math.Min(buffer.Length, _chunk.Length - _chunkPos);
        _chunk.AsSpan(_chunkPos, n).CopyTo(buffer);
        _chunkPos += n;
        return n;
    }

    protected override int WriteCore(ReadOnlySpan<byte> data) =>
        throw new NotSupportedException("ScriptedBio is read-only");
}
