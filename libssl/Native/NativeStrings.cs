using System;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace LibSsl.Native;

/// <summary>
/// NUL-terminated copies of strings for functions that return const char *.
/// Constant texts (version names, cipher names, reason strings) are made
/// once and live as long as the process, as static strings do in C.
/// </summary>
internal static unsafe class NativeStrings
{
    private static readonly ConcurrentDictionary<string, nint> s_constants = new();

    public static byte* Constant(string? text)
    {
        if (text is null)
            return null;
        return (byte*)s_constants.GetOrAdd(text, static t => (nint)Allocate(t));
    }

    /// <summary>A fresh copy the caller must release with <see cref="Free"/>.</summary>
    public static byte* Allocate(string text)
    {
        int n = Encoding.UTF8.GetByteCount(text);
        byte* p = (byte*)NativeMemory.Alloc((nuint)n + 1);
        Encoding.UTF8.GetBytes(text, new System.Span<byte>(p, n));
        p[n] = 0;
        return p;
    }

    public static void Free(byte* p)
    {
        if (p != null)
            NativeMemory.Free(p);
    }

    /// <summary>Reads a C string; null for a NULL pointer.</summary>
    public static string? Read(byte* p) => p == null ? null : Marshal.PtrToStringUTF8((nint)p);

    /// <summary>
    /// Copies <paramref name="text"/> into a caller's buffer of
    /// <paramref name="size"/> bytes, truncating and always terminating.
    /// </summary>
    public static void CopyTo(string text, byte* buffer, nuint size)
    {
        if (buffer == null || size == 0)
            return;
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int n = (int)System.Math.Min((nuint)bytes.Length, size - 1);
        bytes.AsSpan(0, n).CopyTo(new System.Span<byte>(buffer, n));
        buffer[n] = 0;
    }
}
