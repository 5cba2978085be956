using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LibSsl.Common;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Application data slots of SSL and SSL_CTX objects
/// (SSL_get_ex_new_index(3)): per object, void * values by index.  Indexes
/// are handed out per class, from 1 up: index 0 is the "app data" of
/// SSL_set_app_data, as in OpenSSL.  The free callback of an index is
/// called for each object of its class when the object is freed.
/// </summary>
internal static class ExData
{
    public enum Class
    {
        Ssl,
        SslContext,
    }

    private sealed record Index(long Argl, nint Argp, nint NewFunc, nint DupFunc, nint FreeFunc);

    private static readonly object s_lock = new();
    private static readonly List<Index?>[] s_indexes = { new() { null }, new() { null } };
    private static readonly ConditionalWeakTable<RefCounted, Dictionary<int, nint>> s_values = new();

    public static int NewIndex(Class c, long argl, nint argp, nint newFunc, nint dupFunc, nint freeFunc)
    {
        lock (s_lock)
        {
            List<Index?> list = s_indexes[(int)c];
            list.Add(new Index(argl, argp, newFunc, dupFunc, freeFunc));
            return list.Count - 1;
        }
    }

    public static void Set(RefCounted owner, int idx, nint value)
    {
        lock (s_lock)
            s_values.GetOrCreateValue(owner)[idx] = value;
    }

    public static nint Get(RefCounted owner, int idx)
    {
        lock (s_lock)
            return s_values.TryGetValue(owner, out var slots) && slots.TryGetValue(idx, out nint v) ? v : 0;
    }

    /// <summary>
    /// CRYPTO_EX_free callbacks, as OpenSSL calls them when an object is
    /// freed: for every index of the class that has one, with the slot's
    /// value (NULL if never set).  The CRYPTO_EX_DATA argument is NULL: we
    /// have no such structure to give.
    /// </summary>
    public static unsafe void Free(RefCounted owner, Class c, nint handle)
    {
        Index?[] indexes;
        lock (s_lock)
            indexes = s_indexes[(int)c].ToArray();
        for (int i = 0; i < indexes.Length; i++)
        {
            Index? index = indexes[i];
            if (index is null || index.FreeFunc == 0)
                continue;
            nint value = Get(owner, i);
            ForkGate.Release();
            try
            {
                ((delegate* unmanaged<nint, nint, nint, int, nint, nint, void>)index.FreeFunc)(
                    handle, value, 0, i, (nint)index.Argl, index.Argp);
            }
            finally
            {
                ForkGate.Reacquire();
            }
        }
        lock (s_lock)
            s_values.Remove(owner);
    }
}
