using System;
using System.Collections.Generic;
using LibSsl.Common;

namespace LibSsl.Native;

/// <summary>
/// Strings an object hands out as const char * that belong to that object
/// (the server name of an SSL): valid until the value changes or the object
/// is freed, as the pages say.
/// </summary>
internal static unsafe class ConnectionStrings
{
    private sealed class Owned
    {
        public readonly Dictionary<string, nint> ByValue = new();
    }

    public static nint Get(RefCounted owner, string value)
    {
        lock (owner)
        {
            var owned = owner.NativeState as Owned ?? new Owned();
            owner.NativeState = owned;
            if (!owned.ByValue.TryGetValue(value, out nint p))
            {
                p = (nint)Latin1(value);
                owned.ByValue[value] = p;
            }
            return p;
        }
    }

    // The server name is kept as Latin-1 (one char per byte of the C
    // string), so it goes back out byte for byte.
    private static byte* Latin1(string value)
    {
        byte[] bytes = System.Text.Encoding.Latin1.GetBytes(value);
        byte* p = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)bytes.Length + 1);
        bytes.AsSpan().CopyTo(new System.Span<byte>(p, bytes.Length));
        p[bytes.Length] = 0;
        return p;
    }

    public static void Release(RefCounted owner)
    {
        lock (owner)
        {
            if (owner.NativeState is Owned owned)
                foreach (nint p in owned.ByValue.Values)
                    NativeStrings.Free((byte*)p);
            owner.NativeState = null;
        }
    }
}
