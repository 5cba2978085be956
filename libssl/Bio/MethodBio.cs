using System;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Bio;

/// <summary>
/// A BIO whose method is defined in C (BIO_meth_new(3)), the way curl and
/// nginx connect OpenSSL to their own I/O.  Every operation calls the C
/// function set on the method, passing this BIO's own pointer
/// (<see cref="Common.RefCounted.Handle"/>) as the BIO * argument, so the
/// function can call BIO_get_data(3), BIO_set_retry_read(3) and the rest on
/// it.  Its return value is passed on as it is, and the retry flags are
/// whatever the function left: they are not cleared before the call, since
/// a C method clears them itself (BIO_clear_retry_flags) as OpenSSL's own
/// methods do.
///
/// A method with only read_ex serves BIO_read and one with only read
/// serves BIO_read_ex (likewise write), as OpenSSL converts between them.
/// create runs when BIO_new(3) has made the BIO and given it a pointer;
/// destroy runs when the last reference goes.
///
/// Calling into C is a boundary too: the functions may call back into the
/// exports (which is safe, each export guards itself) but cannot throw.
/// </summary>
internal sealed unsafe class MethodBio : Bio
{
    private bool _created;

    public MethodBio(BioMethod method)
    {
        Method = method;
        // Without a create function the BIO is ready at once (BIO_new sets
        // init); a create function must call BIO_set_init itself.
        Initialized = method.Create == 0;
    }

    public BioMethod Method { get; }

    public override int Type => Method.Type;

    public override string Name => Method.Name;

    public override bool CanRead => Method.Read != 0 || Method.ReadEx != 0;

    public override bool CanWrite => Method.Write != 0 || Method.WriteEx != 0;

    public override bool CanPuts => Method.Puts != 0;

    public override bool CanGets => Method.Gets != 0;

    protected override bool ManagesRetryFlags => true;

    /// <summary>
    /// Runs the method's create function, once the BIO has its pointer.
    /// False if it failed; the BIO must then be released, and destroy will
    /// not be called for it, as in OpenSSL.
    /// </summary>
    public bool Create()
    {
        nint fn = Method.Create;
        if (fn != 0)
        {
            int ok;
            ForkGate.Release();
            try
            {
                ok = ((delegate* unmanaged<nint, int>)fn)(Handle);
            }
            finally
            {
                ForkGate.Reacquire();
            }
            if (ok == 0)
                return false;
        }
        _created = true;
        return true;
    }

    protected override void OnLastRelease()
    {
        nint fn = Method.Destroy;
        if (!_created || fn == 0)
            return;
        ForkGate.Release();
        try
        {
            ((delegate* unmanaged<nint, int>)fn)(Handle);
        }
        finally
        {
            ForkGate.Reacquire();
        }
    }

    protected override int ReadCore(Span<byte> buffer)
    {
        byte dummy = 0;
        fixed (byte* pinned = buffer)
        {
            byte* p = pinned != null ? pinned : &dummy;
            nint ex = Method.ReadEx, plain = Method.Read;
            nuint got = 0;
            int r;
            // The method may block (a C BIO over a blocking socket).
            ForkGate.Release();
            try
            {
                r = ex != 0
                    ? ((delegate* unmanaged<nint, byte*, nuint, nuint*, int>)ex)(Handle, p, (nuint)buffer.Length, &got)
                    : ((delegate* unmanaged<nint, byte*, int, int>)plain)(Handle, p, buffer.Length);
            }
            finally
            {
                ForkGate.Reacquire();
            }
            return ex != 0 ? Counted(r, got, buffer.Length, "BIO_read") : r;
        }
    }

    protected override int WriteCore(ReadOnlySpan<byte> data)
    {
        byte dummy = 0;
        fixed (byte* pinned = data)
        {
            byte* p = pinned != null ? pinned : &dummy;
            nint ex = Method.WriteEx, plain = Method.Write;
            nuint done = 0;
            int r;
            ForkGate.Release();
            try
            {
                r = ex != 0
                    ? ((delegate* unmanaged<nint, byte*, nuint, nuint*, int>)ex)(Handle, p, (nuint)data.Length, &done)
                    : ((delegate* unmanaged<nint, byte*, int, int>)plain)(Handle, p, data.Length);
            }
            finally
            {
                ForkGate.Reacquire();
            }
            return ex != 0 ? Counted(r, done, data.Length, "BIO_write") : r;
        }
    }

    /// <summary>An _ex function's (result, count) as an old-style result; a count past the buffer is an internal error.</summary>
    private static int Counted(int result, nuint count, int length, string function)
    {
        if (result <= 0)
            return result;
        if (count > (nuint)length)
        {
            ErrorQueue.Push(ErrorCode.LibBio, ErrorCode.RInternalError, function);
            return -1;
        }
        return (int)count;
    }

    /// <summary>The method's puts gets a NUL-terminated copy of <paramref name="text"/>.</summary>
    protected override int PutsCore(ReadOnlySpan<byte> text)
    {
        byte[] copy = new byte[text.Length + 1];
        text.CopyTo(copy);
        nint fn = Method.Puts;
        fixed (byte* p = copy)
        {
            ForkGate.Release();
            try
            {
                return ((delegate* unmanaged<nint, byte*, int>)fn)(Handle, p);
            }
            finally
            {
                ForkGate.Reacquire();
            }
        }
    }

    protected override int GetsCore(Span<byte> buffer)
    {
        byte dummy = 0;
        fixed (byte* pinned = buffer)
        {
            byte* p = pinned != null ? pinned : &dummy;
            nint fn = Method.Gets;
            ForkGate.Release();
            try
            {
                return ((delegate* unmanaged<nint, byte*, int, int>)fn)(Handle, p, buffer.Length);
            }
            finally
            {
                ForkGate.Reacquire();
            }
        }
    }

    /// <summary>
    /// BIO_ctrl(3): the method's ctrl function with the arguments as given;
    /// -2 with BIO_R_UNSUPPORTED_METHOD if it has none.
    /// </summary>
    public long Ctrl(int cmd, long larg, nint parg)
    {
        nint fn = Method.Ctrl;
        if (fn == 0)
        {
            BioReason.Push(BioReason.UnsupportedMethod, "BIO_ctrl");
            return -2;
        }
        ForkGate.Release();
        try
        {
            return ((delegate* unmanaged<nint, int, nint, nint, nint>)fn)(Handle, cmd, (nint)larg, parg);
        }
        finally
        {
            ForkGate.Reacquire();
        }
    }

    /// <summary>
    /// BIO_callback_ctrl(3): only BIO_CTRL_SET_CALLBACK reaches the method's
    /// callback_ctrl; anything else, or no such function, is -2.
    /// </summary>
    public long CallbackCtrl(int cmd, nint callback)
    {
        nint fn = Method.CallbackCtrl;
        if (fn == 0 || cmd != BioCommand.SetCallback)
        {
            BioReason.Push(BioReason.UnsupportedMethod, "BIO_callback_ctrl");
            return -2;
        }
        ForkGate.Release();
        try
        {
            return ((delegate* unmanaged<nint, int, nint, nint>)fn)(Handle, cmd, callback);
        }
        finally
        {
            ForkGate.Reacquire();
        }
    }

    protected override void OnPush(Bio tail) => Ctrl(BioCommand.Push, 0, tail.Handle);

    protected override void OnPop() => Ctrl(BioCommand.Pop, 0, Handle);

    // The typed commands, for callers inside the library, go through ctrl.

    public override long Reset() => Ctrl(BioCommand.Reset, 0, 0);

    public override long Eof() => Ctrl(BioCommand.Eof, 0, 0);

    public override long Pending() => Ctrl(BioCommand.Pending, 0, 0);

    public override long WritePending() => Ctrl(BioCommand.WPending, 0, 0);

    public override long Flush() => Ctrl(BioCommand.Flush, 0, 0);

    public override long GetClose() => Ctrl(BioCommand.GetClose, 0, 0);

    public override long SetClose(int flag) => Ctrl(BioCommand.SetClose, flag, 0);

    public override long Info(ref nint data)
    {
        fixed (nint* p = &data)
            return Ctrl(BioCommand.Info, 0, (nint)p);
    }

    public override long Seek(long offset) => Ctrl(BioCommand.FileSeek, offset, 0);

    public override long Tell() => Ctrl(BioCommand.FileTell, 0, 0);

    public override long Dup() => Ctrl(BioCommand.Dup, 0, 0);
}
