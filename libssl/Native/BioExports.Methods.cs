using System;
using System.Runtime.InteropServices;
using LibSsl.Bio;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// The kinds of BIO: the built-in methods and their constructors
/// (BIO_s_mem(3), BIO_new_mem_buf(3), BIO_s_fd(3), BIO_new_fd(3),
/// BIO_s_socket(3), BIO_new_socket(3), BIO_s_bio(3), BIO_new_bio_pair(3))
/// and methods defined in C (BIO_meth_new(3), BIO_get_new_index(3)).  A
/// built-in BIO_METHOD is a constant: BIO_meth_set_* refuse to change it
/// and BIO_meth_get_* return NULL for it.
/// </summary>
internal static unsafe partial class BioExports
{
    private static nint MethodHandle(BioMethod method) => Handles.Register(method, HandleKind.BioMethod);

    /// <summary>A method made by BIO_meth_new; a built-in one is refused.</summary>
    private static BioMethod? Custom(nint method, string function)
    {
        BioMethod? m = Boundary.Resolve<BioMethod>(method, HandleKind.BioMethod, function, Lib);
        if (m is not null && m.IsBuiltIn)
        {
            ErrorQueue.Push(Lib, ErrorCode.RPassedInvalidArgument, function, "a built-in BIO_METHOD cannot be changed");
            return null;
        }
        return m;
    }

    private static BioMethod? Method(nint method, string function) =>
        Boundary.Resolve<BioMethod>(method, HandleKind.BioMethod, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "BIO_s_mem")]
    public static nint BIO_s_mem()
    {
        ForkGate.Enter();
        try
        {
            return MethodHandle(BioMethod.Mem);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "BIO_s_mem", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>A read-only memory BIO over the caller's |len| bytes (strlen(|buf|) if |len| is negative), not copied.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_new_mem_buf")]
    public static nint BIO_new_mem_buf(byte* buf, int len)
    {
        const string Fn = "BIO_new_mem_buf";
        ForkGate.Enter();
        try
        {
            if (buf == null)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            return Handles.Register(MemBio.ReadOnly(buf, len < 0 ? Length(buf) : len), HandleKind.Bio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_s_fd")]
    public static nint BIO_s_fd()
    {
        ForkGate.Enter();
        try
        {
            return MethodHandle(BioMethod.Fd);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "BIO_s_fd", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_new_fd")]
    public static nint BIO_new_fd(int fd, int closeFlag)
    {
        const string Fn = "BIO_new_fd";
        ForkGate.Enter();
        try
        {
            return Handles.Register(new FdBio(fd, closeFlag), HandleKind.Bio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_s_socket")]
    public static nint BIO_s_socket()
    {
        ForkGate.Enter();
        try
        {
            return MethodHandle(BioMethod.Socket);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "BIO_s_socket", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_new_socket")]
    public static nint BIO_new_socket(int fd, int closeFlag)
    {
        const string Fn = "BIO_new_socket";
        ForkGate.Enter();
        try
        {
            return Handles.Register(new SocketBio(fd, closeFlag), HandleKind.Bio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_s_bio")]
    public static nint BIO_s_bio()
    {
        ForkGate.Enter();
        try
        {
            return MethodHandle(BioMethod.Pair);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "BIO_s_bio", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// Two paired BIOs in *|bio1| and *|bio2|, each writing into a buffer of
    /// its size (0 for the default); 1 on success, else 0 with both NULL.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_new_bio_pair")]
    public static int BIO_new_bio_pair(nint* bio1, nuint size1, nint* bio2, nuint size2)
    {
        const string Fn = "BIO_new_bio_pair";
        ForkGate.Enter();
        try
        {
            if (bio1 == null || bio2 == null)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            *bio1 = *bio2 = 0;
            var a = new BioPair();
            var b = new BioPair();
            bool ok = size1 <= long.MaxValue && size2 <= long.MaxValue
                && (size1 == 0 || a.SetWriteBufferSize((long)size1, Fn) == 1)
                && (size2 == 0 || b.SetWriteBufferSize((long)size2, Fn) == 1)
                && a.MakePair(b, Fn) == 1;
            if (!ok)
            {
                a.Release();
                b.Release();
                return 0;
            }
            *bio1 = Handles.Register(a, HandleKind.Bio);
            *bio2 = Handles.Register(b, HandleKind.Bio);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    // ----- methods defined in C (BIO_meth_new(3)) -----

    [UnmanagedCallersOnly(EntryPoint = "BIO_get_new_index")]
    public static int BIO_get_new_index()
    {
        ForkGate.Enter();
        try
        {
            return BioMethod.NewIndex();
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "BIO_get_new_index", Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>A method of |type| named |name| with no functions yet; NULL if |name| is NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_new")]
    public static nint BIO_meth_new(int type, byte* name)
    {
        const string Fn = "BIO_meth_new";
        ForkGate.Enter();
        try
        {
            string? text = NativeStrings.Read(name);
            if (text is null)
                return 0;
            return MethodHandle(new BioMethod(type, text));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Frees the method; BIOs already made from it keep working.  NULL is ignored.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_free")]
    public static void BIO_meth_free(nint method)
    {
        const string Fn = "BIO_meth_free";
        ForkGate.Enter();
        try
        {
            if (method != 0)
                Custom(method, Fn)?.Release();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_write")]
    public static int BIO_meth_set_write(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_write";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.SetWrite(fn);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_write")]
    public static nint BIO_meth_get_write(nint method)
    {
        const string Fn = "BIO_meth_get_write";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Write ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_write_ex")]
    public static int BIO_meth_set_write_ex(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_write_ex";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.SetWriteEx(fn);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_write_ex")]
    public static nint BIO_meth_get_write_ex(nint method)
    {
        const string Fn = "BIO_meth_get_write_ex";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.WriteEx ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_read")]
    public static int BIO_meth_set_read(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_read";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.SetRead(fn);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_read")]
    public static nint BIO_meth_get_read(nint method)
    {
        const string Fn = "BIO_meth_get_read";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Read ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_read_ex")]
    public static int BIO_meth_set_read_ex(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_read_ex";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.SetReadEx(fn);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_read_ex")]
    public static nint BIO_meth_get_read_ex(nint method)
    {
        const string Fn = "BIO_meth_get_read_ex";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.ReadEx ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_puts")]
    public static int BIO_meth_set_puts(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_puts";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.Puts = fn;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_puts")]
    public static nint BIO_meth_get_puts(nint method)
    {
        const string Fn = "BIO_meth_get_puts";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Puts ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_gets")]
    public static int BIO_meth_set_gets(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_gets";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.Gets = fn;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_gets")]
    public static nint BIO_meth_get_gets(nint method)
    {
        const string Fn = "BIO_meth_get_gets";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Gets ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_ctrl")]
    public static int BIO_meth_set_ctrl(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_ctrl";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.Ctrl = fn;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_ctrl")]
    public static nint BIO_meth_get_ctrl(nint method)
    {
        const string Fn = "BIO_meth_get_ctrl";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Ctrl ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_create")]
    public static int BIO_meth_set_create(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_create";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.Create = fn;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_create")]
    public static nint BIO_meth_get_create(nint method)
    {
        const string Fn = "BIO_meth_get_create";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Create ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_destroy")]
    public static int BIO_meth_set_destroy(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_destroy";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.Destroy = fn;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_destroy")]
    public static nint BIO_meth_get_destroy(nint method)
    {
        const string Fn = "BIO_meth_get_destroy";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.Destroy ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_set_callback_ctrl")]
    public static int BIO_meth_set_callback_ctrl(nint method, nint fn)
    {
        const string Fn = "BIO_meth_set_callback_ctrl";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Custom(method, Fn);
            if (m is null)
                return 0;
            m.CallbackCtrl = fn;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_meth_get_callback_ctrl")]
    public static nint BIO_meth_get_callback_ctrl(nint method)
    {
        const string Fn = "BIO_meth_get_callback_ctrl";
        ForkGate.Enter();
        try
        {
            return Method(method, Fn)?.CallbackCtrl ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
