using System;
using System.Runtime.InteropServices;
using LibSsl.Bio;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// BIOs: BIO_new(3), BIO_read(3), BIO_ctrl(3), BIO_push(3),
/// BIO_should_retry(3), BIO_get_data(3) and the rest of the BIO family.
/// Each export validates, translates and catches; the work is in Bio/.
/// NULL arguments get OpenSSL's answers where OpenSSL gives one (BIO_write
/// and BIO_ctrl on NULL fail quietly, BIO_read and BIO_puts put
/// ERR_R_PASSED_NULL_PARAMETER on the queue); where OpenSSL would crash we
/// refuse with that reason and the failure value.  The BIO constructors
/// and BIO_METHOD calls are in BioExports.Methods.cs.
/// </summary>
internal static unsafe partial class BioExports
{
    private const int Lib = ErrorCode.LibBio;

    private static Bio.Bio? Get(nint bio, string function) =>
        Boundary.Resolve<Bio.Bio>(bio, HandleKind.Bio, function, Lib);

    /// <summary>The pointer of <paramref name="bio"/> for C; a BIO made inside the library gets one now.</summary>
    internal static nint HandleOf(Bio.Bio? bio)
    {
        if (bio is null)
            return 0;
        if (bio.Handle != 0 || bio.References <= 0)
            return bio.Handle;
        return Handles.Register(bio, HandleKind.Bio);
    }

    private static int Length(byte* text)
    {
        int n = 0;
        while (text[n] != 0)
            n++;
        return n;
    }

    // ----- life (BIO_new(3)) -----

    [UnmanagedCallersOnly(EntryPoint = "BIO_new")]
    public static nint BIO_new(nint method)
    {
        const string Fn = "BIO_new";
        ForkGate.Enter();
        try
        {
            BioMethod? m = Boundary.Resolve<BioMethod>(method, HandleKind.BioMethod, Fn, Lib);
            if (m is null)
                return 0;
            Bio.Bio bio = m.NewBio();
            nint handle = Handles.Register(bio, HandleKind.Bio);
            if (bio is MethodBio c && !c.Create())
            {
                ErrorQueue.Push(Lib, ErrorCode.RInitFail, Fn);
                bio.Release();
                return 0;
            }
            return handle;
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

    /// <summary>Drops one reference; 1 on success, 0 for NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_free")]
    public static int BIO_free(nint bio)
    {
        const string Fn = "BIO_free";
        ForkGate.Enter();
        try
        {
            if (bio == 0)
                return 0;
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return 0;
            // The last reference retires the pointer (RefCounted.Retire).
            b.Release();
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_vfree")]
    public static void BIO_vfree(nint bio)
    {
        const string Fn = "BIO_vfree";
        ForkGate.Enter();
        try
        {
            if (bio != 0)
                Get(bio, Fn)?.Release();
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

    /// <summary>
    /// Frees each BIO of the chain in turn, stopping after one that had
    /// other references (it is shared, so what follows it is still in use).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_free_all")]
    public static void BIO_free_all(nint bio)
    {
        const string Fn = "BIO_free_all";
        ForkGate.Enter();
        try
        {
            if (bio == 0)
                return;
            Get(bio, Fn)?.FreeAll();
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_up_ref")]
    public static int BIO_up_ref(nint bio)
    {
        const string Fn = "BIO_up_ref";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return 0;
            b.UpRef();
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

    // ----- I/O (BIO_read(3)) -----

    [UnmanagedCallersOnly(EntryPoint = "BIO_read")]
    public static int BIO_read(nint bio, byte* data, int dlen)
    {
        const string Fn = "BIO_read";
        ForkGate.Enter();
        try
        {
            if (dlen < 0)
                return 0;
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return -1;
            return b.CallRead(data == null ? Span<byte>.Empty : new Span<byte>(data, dlen));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    /// <summary>1 with *readbytes set when at least one byte was read, else 0.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_read_ex")]
    public static int BIO_read_ex(nint bio, byte* data, nuint dlen, nuint* readbytes)
    {
        const string Fn = "BIO_read_ex";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return 0;
            int length = (int)Math.Min(dlen, (nuint)int.MaxValue);
            int n = b.CallRead(data == null ? Span<byte>.Empty : new Span<byte>(data, length));
            if (readbytes != null)
                *readbytes = n > 0 ? (nuint)n : 0;
            return n > 0 ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    /// <summary>A NULL BIO or a length &lt;= 0 writes nothing and returns 0, quietly.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_write")]
    public static int BIO_write(nint bio, byte* data, int dlen)
    {
        const string Fn = "BIO_write";
        ForkGate.Enter();
        try
        {
            if (dlen <= 0 || bio == 0)
                return 0;
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return -1;
            if (data == null)
            {
                Boundary.NullArgument(Fn, Lib);
                return -1;
            }
            return b.CallWrite(new ReadOnlySpan<byte>(data, dlen));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    /// <summary>1 with *written set when bytes were written, or when asked to write none.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_write_ex")]
    public static int BIO_write_ex(nint bio, byte* data, nuint dlen, nuint* written)
    {
        const string Fn = "BIO_write_ex";
        ForkGate.Enter();
        try
        {
            if (written != null)
                *written = 0;
            if (bio == 0)
                return 0;
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return 0;
            if (data == null && dlen != 0)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            int length = (int)Math.Min(dlen, (nuint)int.MaxValue);
            int n = b.CallWrite(new ReadOnlySpan<byte>(data, length));
            if (n > 0 && written != null)
                *written = (nuint)n;
            return n > 0 || dlen == 0 ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_puts")]
    public static int BIO_puts(nint bio, byte* text)
    {
        const string Fn = "BIO_puts";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return -1;
            if (text == null)
            {
                Boundary.NullArgument(Fn, Lib);
                return -1;
            }
            return b.Puts(new ReadOnlySpan<byte>(text, Length(text)));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_gets")]
    public static int BIO_gets(nint bio, byte* buffer, int size)
    {
        const string Fn = "BIO_gets";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return -1;
            if (size < 0 && b.CanGets)
            {
                BioReason.Push(BioReason.InvalidArgument, Fn);
                return -1;
            }
            if (buffer == null && size > 0)
            {
                Boundary.NullArgument(Fn, Lib);
                return -1;
            }
            return b.Gets(buffer == null || size < 0 ? Span<byte>.Empty : new Span<byte>(buffer, size));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    // ----- control (BIO_ctrl(3)) -----

    /// <summary>BIO_ctrl on a pointer from C: -1 for NULL (quietly) or a bad pointer.</summary>
    private static long Ctrl(nint bio, int cmd, long larg, nint parg, string function)
    {
        if (bio == 0)
            return -1;
        Bio.Bio? b = Get(bio, function);
        return b is null ? -1 : BioCtrl.Dispatch(b, cmd, larg, parg, function);
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_ctrl")]
    public static nint BIO_ctrl(nint bio, int cmd, nint larg, nint parg)
    {
        const string Fn = "BIO_ctrl";
        ForkGate.Enter();
        try
        {
            return (nint)Ctrl(bio, cmd, larg, parg, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)(-1));
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>BIO_ctrl with |parg| pointing at a copy of |iarg| (BIO_set_fd uses it).</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_int_ctrl")]
    public static nint BIO_int_ctrl(nint bio, int cmd, nint larg, int iarg)
    {
        const string Fn = "BIO_int_ctrl";
        ForkGate.Enter();
        try
        {
            int value = iarg;
            return (nint)Ctrl(bio, cmd, larg, (nint)(&value), Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)(-1));
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>BIO_ctrl that returns the pointer the command stored, or NULL if it returned &lt;= 0.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_ptr_ctrl")]
    public static nint BIO_ptr_ctrl(nint bio, int cmd, nint larg)
    {
        const string Fn = "BIO_ptr_ctrl";
        ForkGate.Enter();
        try
        {
            nint p = 0;
            return Ctrl(bio, cmd, larg, (nint)(&p), Fn) <= 0 ? 0 : p;
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

    /// <summary>Only a C method with a callback_ctrl function takes BIO_CTRL_SET_CALLBACK; else -2.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_callback_ctrl")]
    public static nint BIO_callback_ctrl(nint bio, int cmd, nint callback)
    {
        const string Fn = "BIO_callback_ctrl";
        ForkGate.Enter();
        try
        {
            if (bio == 0)
                return -2;
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return -2;
            if (b is MethodBio m)
                return (nint)m.CallbackCtrl(cmd, callback);
            BioReason.Push(BioReason.UnsupportedMethod, Fn);
            return -2;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)(-2));
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>BIO_pending as a size_t: a negative answer is 0.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_ctrl_pending")]
    public static nuint BIO_ctrl_pending(nint bio)
    {
        const string Fn = "BIO_ctrl_pending";
        ForkGate.Enter();
        try
        {
            long n = Ctrl(bio, BioCommand.Pending, 0, 0, Fn);
            return n < 0 ? 0 : (nuint)n;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_ctrl_wpending")]
    public static nuint BIO_ctrl_wpending(nint bio)
    {
        const string Fn = "BIO_ctrl_wpending";
        ForkGate.Enter();
        try
        {
            long n = Ctrl(bio, BioCommand.WPending, 0, 0, Fn);
            return n < 0 ? 0 : (nuint)n;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>How many bytes a write to this pair end takes whole (the ctrl's value as a size_t, as OpenSSL casts it).</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_ctrl_get_write_guarantee")]
    public static nuint BIO_ctrl_get_write_guarantee(nint bio)
    {
        const string Fn = "BIO_ctrl_get_write_guarantee";
        ForkGate.Enter();
        try
        {
            return (nuint)(nint)Ctrl(bio, BioCommand.GetWriteGuarantee, 0, 0, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_ctrl_get_read_request")]
    public static nuint BIO_ctrl_get_read_request(nint bio)
    {
        const string Fn = "BIO_ctrl_get_read_request";
        ForkGate.Enter();
        try
        {
            return (nuint)(nint)Ctrl(bio, BioCommand.GetReadRequest, 0, 0, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_ctrl_reset_read_request")]
    public static int BIO_ctrl_reset_read_request(nint bio)
    {
        const string Fn = "BIO_ctrl_reset_read_request";
        ForkGate.Enter();
        try
        {
            return Ctrl(bio, BioCommand.ResetReadRequest, 0, 0, Fn) != 0 ? 1 : 0;
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

    // ----- chains (BIO_push(3)) -----

    /// <summary>Appends |append| to the chain of |b| and returns |b|; with |b| NULL returns |append|.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_push")]
    public static nint BIO_push(nint bio, nint append)
    {
        const string Fn = "BIO_push";
        ForkGate.Enter();
        try
        {
            if (bio == 0)
                return append;
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return 0;
            Bio.Bio? a = null;
            if (append != 0 && (a = Get(append, Fn)) is null)
                return 0;
            if (!b.Push(a))
            {
                ErrorQueue.Push(Lib, ErrorCode.RPassedInvalidArgument, Fn, "the chain would loop");
                return 0;
            }
            return bio;
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

    /// <summary>Takes |b| out of its chain and returns the BIO that followed it.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_pop")]
    public static nint BIO_pop(nint bio)
    {
        const string Fn = "BIO_pop";
        ForkGate.Enter();
        try
        {
            if (bio == 0)
                return 0;
            return HandleOf(Get(bio, Fn)?.Pop());
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_next")]
    public static nint BIO_next(nint bio)
    {
        const string Fn = "BIO_next";
        ForkGate.Enter();
        try
        {
            if (bio == 0)
                return 0;
            return HandleOf(Get(bio, Fn)?.Next);
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

    /// <summary>Sets the next BIO of |b| directly, as a filter BIO's implementation may.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_set_next")]
    public static void BIO_set_next(nint bio, nint next)
    {
        const string Fn = "BIO_set_next";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return;
            Bio.Bio? n = null;
            if (next != 0 && (n = Get(next, Fn)) is null)
                return;
            if (n is not null && n.Reaches(b))
            {
                ErrorQueue.Push(Lib, ErrorCode.RPassedInvalidArgument, Fn, "the chain would loop");
                return;
            }
            b.Next = n;
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

    /// <summary>
    /// The first BIO from |b| on whose type is |type|, or (for a |type| with
    /// no number, only BIO_TYPE_* class bits) has one of its bits.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_find_type")]
    public static nint BIO_find_type(nint bio, int type)
    {
        const string Fn = "BIO_find_type";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            int number = type & BioMethod.TypeMask;
            for (int i = 0; b is not null && i < 1 << 16; i++, b = b.Next)
            {
                if (number == 0 ? (b.Type & type) != 0 : b.Type == type)
                    return HandleOf(b);
            }
            return 0;
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

    /// <summary>The BIO of the chain that caused the retry; its retry reason in *reason.</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_get_retry_BIO")]
    public static nint BIO_get_retry_BIO(nint bio, int* reason)
    {
        const string Fn = "BIO_get_retry_BIO";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is null)
                return 0;
            Bio.Bio last = b;
            for (int i = 0; b is not null && b.ShouldRetry && i < 1 << 16; i++)
            {
                last = b;
                b = b.Next;
            }
            if (reason != null)
                *reason = last.RetryReason;
            return HandleOf(last);
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

    /// <summary>Copies the retry flags and reason of the next BIO into |b| (for filter BIOs).</summary>
    [UnmanagedCallersOnly(EntryPoint = "BIO_copy_next_retry")]
    public static void BIO_copy_next_retry(nint bio)
    {
        const string Fn = "BIO_copy_next_retry";
        ForkGate.Enter();
        try
        {
            Get(bio, Fn)?.CopyNextRetry();
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

    // ----- flags (BIO_should_retry(3)) -----

    [UnmanagedCallersOnly(EntryPoint = "BIO_test_flags")]
    public static int BIO_test_flags(nint bio, int flags)
    {
        const string Fn = "BIO_test_flags";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            return b is null ? 0 : b.Flags & flags;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_set_flags")]
    public static void BIO_set_flags(nint bio, int flags)
    {
        const string Fn = "BIO_set_flags";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is not null)
                b.Flags |= flags;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_clear_flags")]
    public static void BIO_clear_flags(nint bio, int flags)
    {
        const string Fn = "BIO_clear_flags";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is not null)
                b.Flags &= ~flags;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_get_retry_reason")]
    public static int BIO_get_retry_reason(nint bio)
    {
        const string Fn = "BIO_get_retry_reason";
        ForkGate.Enter();
        try
        {
            return Get(bio, Fn)?.RetryReason ?? 0;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_set_retry_reason")]
    public static void BIO_set_retry_reason(nint bio, int reason)
    {
        const string Fn = "BIO_set_retry_reason";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is not null)
                b.RetryReason = reason;
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

    // ----- what a method sees of its BIO (BIO_get_data(3)) -----

    [UnmanagedCallersOnly(EntryPoint = "BIO_method_type")]
    public static int BIO_method_type(nint bio)
    {
        const string Fn = "BIO_method_type";
        ForkGate.Enter();
        try
        {
            return Get(bio, Fn)?.Type ?? 0;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_method_name")]
    public static byte* BIO_method_name(nint bio)
    {
        const string Fn = "BIO_method_name";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            return b is null ? null : NativeStrings.Constant(b.Name);
        }
        catch (Exception e)
        {
            return (byte*)Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "BIO_set_data")]
    public static void BIO_set_data(nint bio, nint data)
    {
        const string Fn = "BIO_set_data";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is not null)
                b.Data = data;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_get_data")]
    public static nint BIO_get_data(nint bio)
    {
        const string Fn = "BIO_get_data";
        ForkGate.Enter();
        try
        {
            return Get(bio, Fn)?.Data ?? 0;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_set_init")]
    public static void BIO_set_init(nint bio, int init)
    {
        const string Fn = "BIO_set_init";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is not null)
                b.Initialized = init != 0;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_get_init")]
    public static int BIO_get_init(nint bio)
    {
        const string Fn = "BIO_get_init";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            return b is not null && b.Initialized ? 1 : 0;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_set_shutdown")]
    public static void BIO_set_shutdown(nint bio, int shut)
    {
        const string Fn = "BIO_set_shutdown";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Get(bio, Fn);
            if (b is not null)
                b.Shutdown = shut;
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

    [UnmanagedCallersOnly(EntryPoint = "BIO_get_shutdown")]
    public static int BIO_get_shutdown(nint bio)
    {
        const string Fn = "BIO_get_shutdown";
        ForkGate.Enter();
        try
        {
            return Get(bio, Fn)?.Shutdown ?? 0;
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
}
