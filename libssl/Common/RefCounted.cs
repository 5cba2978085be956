using System.Threading;

namespace LibSsl.Common;

/// <summary>
/// An object that C holds by pointer: SSL, SSL_CTX, BIO, and the constant
/// METHOD and CIPHER objects.  The explicit count drives *_up_ref/*_free the
/// way OpenSSL documents them; <see cref="Handle"/> is the pointer value C was
/// given, fixed for the object's life so programs may compare pointers.
/// </summary>
internal abstract class RefCounted
{
    private int _references = 1;

    /// <summary>The opaque pointer handed to C; 0 until registered.</summary>
    public nint Handle { get; set; }

    /// <summary>Native memory the C boundary allocated on this object's behalf.</summary>
    public object? NativeState { get; set; }

    public int References => Volatile.Read(ref _references);

    public void UpRef() => Interlocked.Increment(ref _references);

    /// <summary>
    /// Set by the C boundary: retires an object's pointer (and frees what it
    /// allocated for C) when the object dies, whichever layer dropped the
    /// last reference (an SSL freeing its BIOs, a BIO chain freed whole).
    /// </summary>
    public static System.Action<RefCounted>? Retire { get; set; }

    /// <summary>Drops one reference; true when that was the last one.</summary>
    public bool Release()
    {
        int left = Interlocked.Decrement(ref _references);
        if (left != 0)
            return false;
        try
        {
            OnLastRelease();
        }
        finally
        {
            Retire?.Invoke(this);
        }
        return true;
    }

    /// <summary>Releases what the object owns (BIOs, contexts) when it dies.</summary>
    protected virtual void OnLastRelease()
    {
    }
}
