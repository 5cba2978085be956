using System.Collections.Generic;

namespace LibSsl.Err;

/// <summary>One entry of the error queue: its packed code and where it arose.</summary>
internal readonly record struct ErrorEntry(uint Code, string Function, string? Data);

/// <summary>
/// The per-thread error queue of ERR_get_error(3).  Each thread sees only its
/// own errors, so a failure on one connection never shows on another thread.
/// Like OpenSSL it keeps the most recent 16 entries; older ones fall off.
/// </summary>
internal static class ErrorQueue
{
    private const int Capacity = 16;

    [System.ThreadStatic]
    private static Queue<ErrorEntry>? t_queue;

    private static Queue<ErrorEntry> Queue => t_queue ??= new Queue<ErrorEntry>(Capacity);

    public static void Push(int lib, int reason, string function, string? data = null)
    {
        Queue<ErrorEntry> q = Queue;
        if (q.Count == Capacity)
            q.Dequeue();
        q.Enqueue(new ErrorEntry(ErrorCode.Pack(lib, reason), function, data));
    }

    public static void PushSsl(int reason, string function, string? data = null) =>
        Push(ErrorCode.LibSsl, reason, function, data);

    /// <summary>Removes and returns the earliest entry; code 0 when empty.</summary>
    public static ErrorEntry Get()
    {
        Queue<ErrorEntry>? q = t_queue;
        return q is { Count: > 0 } ? q.Dequeue() : default;
    }

    public static ErrorEntry PeekFirst()
    {
        Queue<ErrorEntry>? q = t_queue;
        return q is { Count: > 0 } ? q.Peek() : default;
    }

    public static ErrorEntry PeekLast()
    {
        Queue<ErrorEntry>? q = t_queue;
        if (q is not { Count: > 0 })
            return default;
        ErrorEntry last = default;
        foreach (ErrorEntry e in q)
            last = e;
        return last;
    }

    public static int Count => t_queue?.Count ?? 0;

    public static void Clear() => t_queue?.Clear();
}
