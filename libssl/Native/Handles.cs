using System.Collections.Generic;
using LibSsl.Common;

namespace LibSsl.Native;

/// <summary>
/// The registry behind every opaque pointer we hand to C.  A pointer is not
/// an address but a slot number with a generation count, a type tag and a
/// fixed marker in the high bits, so a freed, forged or wrongly typed
/// pointer is recognised and refused instead of being dereferenced.  The
/// value is fixed for the object's life, so C may compare pointers.
/// </summary>
internal static class Handles
{
    // Bits 48..63: marker; 32..47: generation; 8..31: slot; 0..7: kind.
    private const ulong Marker = 0x0551UL << 48;
    private const ulong MarkerMask = 0xFFFFUL << 48;
    private const int MaxSlots = 1 << 24;

    private static readonly object s_lock = new();
    private static RefCounted?[] s_slots = new RefCounted?[256];
    private static ushort[] s_generations = new ushort[256];
    private static readonly Stack<int> s_free = new();
    private static int s_used;

    static Handles()
    {
        RefCounted.Retire = obj =>
        {
            // Free callbacks of ex_data indexes run while the pointer is still valid.
            if (obj is Ssl.Ssl)
                ExData.Free(obj, ExData.Class.Ssl, obj.Handle);
            else if (obj is Ssl.SslContext)
                ExData.Free(obj, ExData.Class.SslContext, obj.Handle);
            ConnectionStrings.Release(obj);
            Unregister(obj);
        };
    }

    /// <summary>Gives <paramref name="obj"/> a pointer value (once) and returns it.</summary>
    public static nint Register(RefCounted obj, HandleKind kind)
    {
        lock (s_lock)
        {
            if (obj.Handle != 0)
                return obj.Handle;
            int slot;
            if (s_free.Count > 0)
            {
                slot = s_free.Pop();
            }
            else
            {
                if (s_used == s_slots.Length)
                {
                    if (s_used == MaxSlots)
                        throw new System.OutOfMemoryException("handle table full");
                    System.Array.Resize(ref s_slots, s_slots.Length * 2);
                    System.Array.Resize(ref s_generations, s_generations.Length * 2);
                }
                slot = s_used++;
            }
            s_slots[slot] = obj;
            ulong value = Marker | ((ulong)s_generations[slot] << 32) | ((ulong)slot << 8) | (byte)kind;
            obj.Handle = (nint)value;
            return obj.Handle;
        }
    }

    /// <summary>The live object behind <paramref name="handle"/> if it is of the kind asked; else null.</summary>
    public static T? Get<T>(nint handle, HandleKind kind) where T : RefCounted
    {
        ulong value = (ulong)handle;
        if ((value & MarkerMask) != Marker || (byte)value != (byte)kind)
            return null;
        int slot = (int)((value >> 8) & 0xFFFFFF);
        ushort generation = (ushort)(value >> 32);
        lock (s_lock)
        {
            if (slot >= s_used || s_generations[slot] != generation)
                return null;
            return s_slots[slot] as T;
        }
    }

    /// <summary>Retires a pointer: from now on it is recognised as stale.</summary>
    public static void Unregister(RefCounted obj)
    {
        ulong value = (ulong)obj.Handle;
        if (value == 0)
            return;
        int slot = (int)((value >> 8) & 0xFFFFFF);
        lock (s_lock)
        {
            if (slot < s_used && s_slots[slot] == obj)
            {
                s_slots[slot] = null;
                // A slot whose generation would wrap is retired for good:
                // reusing it could make a long-freed pointer valid again.
                if (++s_generations[slot] != 0)
                    s_free.Push(slot);
            }
        }
    }
}
