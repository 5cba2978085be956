using System;
using System.Threading;
using LibSsl.Common;

namespace LibSsl.Bio;

/// <summary>
/// A BIO_METHOD: the type and name of a kind of BIO and how to make one.
/// The built-in methods (BIO_s_mem(3), BIO_s_fd(3), BIO_s_socket(3),
/// BIO_s_bio(3)) are constants that make our own BIO classes.  A method
/// from BIO_meth_new(3) holds the C functions a program sets on it
/// (BIO_meth_set_write(3) and friends) and makes <see cref="MethodBio"/>s
/// that call them.  As in OpenSSL, the functions are looked up at each
/// call, so setting one later affects BIOs already made.
/// </summary>
internal sealed class BioMethod : RefCounted
{
    /// <summary>BIO_TYPE_START: BIO_get_new_index(3) hands out the numbers above it.</summary>
    public const int TypeStart = 128;

    /// <summary>BIO_TYPE_MASK: an index above it would collide with the type bits.</summary>
    public const int TypeMask = 0xFF;

    private static int s_lastIndex = TypeStart;

    private readonly Func<Bio>? _builtIn;

    public static readonly BioMethod Mem = new(MemBio.TypeMem, "memory buffer", static () => new MemBio());
    public static readonly BioMethod Fd = new(FdBio.TypeFd, "file descriptor", static () => new FdBio());
    public static readonly BioMethod Socket = new(SocketBio.TypeSocket, "socket", static () => new SocketBio());
    public static readonly BioMethod Pair = new(BioPair.TypePair, "BIO pair", static () => new BioPair());

    private BioMethod(int type, string name, Func<Bio>? builtIn)
    {
        Type = type;
        Name = name;
        _builtIn = builtIn;
    }

    /// <summary>BIO_meth_new(3): a method whose functions C will set.</summary>
    public BioMethod(int type, string name) : this(type, name, null)
    {
    }

    public int Type { get; }

    public string Name { get; }

    /// <summary>A constant of this library; its functions cannot be changed.</summary>
    public bool IsBuiltIn => _builtIn is not null;

    /// <summary>BIO_new(3)'s first half: the BIO, before a C method's create runs.</summary>
    public Bio NewBio() => _builtIn is not null ? _builtIn() : new MethodBio(this);

    /// <summary>BIO_get_new_index(3): 129, 130, ... up to 255, then -1.</summary>
    public static int NewIndex()
    {
        int value = Interlocked.Increment(ref s_lastIndex);
        return value > TypeMask ? -1 : value;
    }

    // ----- C functions of a BIO_meth_new method (0 when not set) -----
    // BIO_meth_set_write keeps the old-style int-length function and clears
    // the _ex one; BIO_meth_set_write_ex does the reverse (likewise read):
    // the last one set is what BIO_read/BIO_write call, as in OpenSSL.

    /// <summary>int (*)(BIO *, const char *, int)</summary>
    public nint Write { get; private set; }

    /// <summary>int (*)(BIO *, const char *, size_t, size_t *)</summary>
    public nint WriteEx { get; private set; }

    /// <summary>int (*)(BIO *, char *, int)</summary>
    public nint Read { get; private set; }

    /// <summary>int (*)(BIO *, char *, size_t, size_t *)</summary>
    public nint ReadEx { get; private set; }

    /// <summary>int (*)(BIO *, const char *)</summary>
    public nint Puts { get; set; }

    /// <summary>int (*)(BIO *, char *, int)</summary>
    public nint Gets { get; set; }

    /// <summary>long (*)(BIO *, int, long, void *)</summary>
    public nint Ctrl { get; set; }

    /// <summary>int (*)(BIO *)</summary>
    public nint Create { get; set; }

    /// <summary>int (*)(BIO *)</summary>
    public nint Destroy { get; set; }

    /// <summary>long (*)(BIO *, int, BIO_info_cb *)</summary>
    public nint CallbackCtrl { get; set; }

    public void SetWrite(nint fn)
    {
        Write = fn;
        WriteEx = 0;
    }

    public void SetWriteEx(nint fn)
    {
        WriteEx = fn;
        Write = 0;
    }

    public void SetRead(nint fn)
    {
        Read = fn;
        ReadEx = 0;
    }

    public void SetReadEx(nint fn)
    {
        ReadEx = fn;
        Read = 0;
    }
}
