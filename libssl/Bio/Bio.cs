using System;
using LibSsl.Common;
using LibSsl.Err;

namespace LibSsl.Bio;

/// <summary>
/// A byte pipe with OpenSSL's retry flags (BIO_should_retry(3)).  Read and
/// Write return the byte count, 0 for end of file, or -1 for failure; after
/// -1 the flags say whether the caller should retry reading or writing.  A
/// BIO knows nothing of TLS.
///
/// Besides the I/O calls a BIO carries what BIO_new(3) gives every BIO in
/// OpenSSL: the "init" and "shutdown" (close) words, a data pointer for C
/// methods, a retry reason, and its neighbours in a chain (BIO_push(3)).
/// The commands of BIO_ctrl(3) that every BIO answers are virtual members
/// here; each kind of BIO overrides them with its own results.
/// </summary>
internal abstract class Bio : RefCounted
{
    public const int FlagRead = 0x01;
    public const int FlagWrite = 0x02;
    public const int FlagIoSpecial = 0x04;
    public const int FlagRws = FlagRead | FlagWrite | FlagIoSpecial;
    public const int FlagShouldRetry = 0x08;
    public const int FlagMemReadOnly = 0x200;
    public const int FlagNonClearReset = 0x400;
    public const int FlagInEof = 0x800;

    public const int NoClose = 0;
    public const int Close = 1;

    public int Flags { get; set; }

    /// <summary>BIO_TYPE_* of this BIO, as BIO_method_type(3) reports it.</summary>
    public abstract int Type { get; }

    /// <summary>The method's name, as BIO_method_name(3) reports it.</summary>
    public virtual string Name => "unnamed";

    /// <summary>
    /// BIO_get_init(3): whether the BIO is ready for I/O.  A descriptor BIO
    /// made by BIO_new is not until BIO_set_fd; a pair end is not until it
    /// is paired.  Reads and writes on a BIO that is not are refused.
    /// </summary>
    public bool Initialized { get; set; } = true;

    /// <summary>
    /// BIO_get_shutdown(3), the close flag of BIO_get_close(3): BIO_CLOSE (1,
    /// the default) makes the last release close what the BIO wraps.
    /// </summary>
    public int Shutdown { get; set; } = Close;

    /// <summary>BIO_set_data(3): an opaque pointer for a C-defined method.</summary>
    public nint Data { get; set; }

    /// <summary>BIO_get_retry_reason(3), for BIO_FLAGS_IO_SPECIAL.</summary>
    public int RetryReason { get; set; }

    /// <summary>The next BIO in a chain (BIO_next(3)); the chain holds no references.</summary>
    public Bio? Next { get; set; }

    /// <summary>The BIO whose <see cref="Next"/> this one is.</summary>
    public Bio? Previous { get; set; }

    // ----- chains (BIO_push(3)) -----

    /// <summary>Chains longer than this are taken to be loops (made with BIO_set_next).</summary>
    private const int MaxChain = 1 << 16;

    /// <summary>The last BIO of the chain that starts here.</summary>
    public Bio Tail()
    {
        Bio tail = this;
        for (int i = 0; tail.Next is not null && i < MaxChain; i++)
            tail = tail.Next;
        return tail;
    }

    /// <summary>Whether <paramref name="other"/> is this BIO or follows it.</summary>
    public bool Reaches(Bio other)
    {
        Bio? b = this;
        for (int i = 0; b is not null && i < MaxChain; i++, b = b.Next)
        {
            if (b == other)
                return true;
        }
        return false;
    }

    /// <summary>
    /// BIO_push(3): puts <paramref name="append"/> (with whatever follows it)
    /// after the last BIO of this chain, then tells this BIO with
    /// BIO_CTRL_PUSH.  False, and nothing changed, if that would close a
    /// loop, which OpenSSL would build and then walk forever.
    /// </summary>
    public bool Push(Bio? append)
    {
        if (append is not null && (Reaches(append) || append.Reaches(this)))
            return false;
        Bio tail = Tail();
        tail.Next = append;
        if (append is not null)
            append.Previous = tail;
        OnPush(tail);
        return true;
    }

    /// <summary>
    /// BIO_pop(3): tells this BIO with BIO_CTRL_POP, takes it out of its
    /// chain (joining its neighbours) and returns what followed it.
    /// </summary>
    public Bio? Pop()
    {
        Bio? next = Next;
        OnPop();
        if (Previous is not null)
            Previous.Next = Next;
        if (Next is not null)
            Next.Previous = Previous;
        Next = null;
        Previous = null;
        return next;
    }

    /// <summary>BIO_CTRL_PUSH: something was appended after <paramref name="tail"/>.</summary>
    protected virtual void OnPush(Bio tail)
    {
    }

    /// <summary>BIO_CTRL_POP: this BIO is about to leave its chain.</summary>
    protected virtual void OnPop()
    {
    }

    // ----- what the method can do (a NULL entry in a C BIO_METHOD) -----

    public virtual bool CanRead => true;
    public virtual bool CanWrite => true;
    public virtual bool CanPuts => true;
    public virtual bool CanGets => false;

    /// <summary>
    /// True for a BIO whose methods clear and set the retry flags themselves
    /// (memory BIOs, C methods); otherwise every operation starts by clearing
    /// them, which is what OpenSSL's built-in methods do first.
    /// </summary>
    protected virtual bool ManagesRetryFlags => false;

    // ----- I/O -----

    /// <summary>
    /// Reads into <paramref name="buffer"/> for callers inside the library:
    /// an empty buffer reads nothing and the method is not called.
    /// </summary>
    public int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            ClearRetry();
            return 0;
        }
        return CallRead(buffer);
    }

    /// <summary>Writes for callers inside the library; empty data writes nothing.</summary>
    public int Write(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            ClearRetry();
            return 0;
        }
        return CallWrite(data);
    }

    /// <summary>
    /// BIO_read(3) exactly: -2 if the method cannot read, -1 with
    /// BIO_R_UNINITIALIZED before the BIO is set up, else what the method
    /// returns, which it is asked even for an empty buffer.
    /// </summary>
    public int CallRead(Span<byte> buffer)
    {
        if (!CanRead)
            return Unsupported("BIO_read");
        if (!Initialized)
            return NotInitialized("BIO_read");
        BeginIo();
        return ReadCore(buffer);
    }

    /// <summary>BIO_write_ex(3)'s call of the method, as <see cref="CallRead"/>.</summary>
    public int CallWrite(ReadOnlySpan<byte> data)
    {
        if (!CanWrite)
            return Unsupported("BIO_write");
        if (!Initialized)
            return NotInitialized("BIO_write");
        BeginIo();
        return WriteCore(data);
    }

    /// <summary>
    /// BIO_puts(3): writes <paramref name="text"/> (a C string without its
    /// terminator); -2 if the method has no puts.
    /// </summary>
    public int Puts(ReadOnlySpan<byte> text)
    {
        if (!CanPuts)
            return Unsupported("BIO_puts");
        if (!Initialized)
            return NotInitialized("BIO_puts");
        BeginIo();
        return PutsCore(text);
    }

    /// <summary>
    /// BIO_gets(3): reads a line into <paramref name="buffer"/>, whose length
    /// is the caller's size including the terminating NUL; -2 if the method
    /// has no gets.
    /// </summary>
    public int Gets(Span<byte> buffer)
    {
        if (!CanGets)
            return Unsupported("BIO_gets");
        if (!Initialized)
            return NotInitialized("BIO_gets");
        BeginIo();
        return GetsCore(buffer);
    }

    protected abstract int ReadCore(Span<byte> buffer);

    protected abstract int WriteCore(ReadOnlySpan<byte> data);

    protected virtual int PutsCore(ReadOnlySpan<byte> text) => WriteCore(text);

    protected virtual int GetsCore(Span<byte> buffer) => -2;

    private void BeginIo()
    {
        if (!ManagesRetryFlags)
            ClearRetry();
    }

    private static int Unsupported(string function)
    {
        BioReason.Push(BioReason.UnsupportedMethod, function);
        return -2;
    }

    private static int NotInitialized(string function)
    {
        BioReason.Push(BioReason.Uninitialized, function);
        return -1;
    }

    // ----- retry flags -----

    public bool ShouldRetry => (Flags & FlagShouldRetry) != 0;
    public bool ShouldRead => (Flags & FlagRead) != 0;
    public bool ShouldWrite => (Flags & FlagWrite) != 0;

    protected void ClearRetry() => Flags &= ~(FlagRws | FlagShouldRetry);
    protected void SetRetryRead() => Flags |= FlagRead | FlagShouldRetry;

    /// <summary>BIO_set_retry_read: the SSL layer signals "call again" without I/O.</summary>
    public void MarkRetryRead() => SetRetryRead();
    protected void SetRetryWrite() => Flags |= FlagWrite | FlagShouldRetry;

    /// <summary>
    /// BIO_free_all(3): drops one reference to this BIO and to each BIO
    /// after it in the chain, stopping at the first one that is still
    /// referenced elsewhere (its chain stays whole for its other owner).
    /// </summary>
    public void FreeAll()
    {
        Bio? b = this;
        while (b is not null)
        {
            int references = b.References;
            if (references <= 0)
                break;
            Bio? next = b.Next;
            b.Release();
            if (references > 1)
                break;
            b = next;
        }
    }

    /// <summary>BIO_copy_next_retry(3): takes the retry state of <see cref="Next"/>.</summary>
    public void CopyNextRetry()
    {
        if (Next is null)
            return;
        Flags |= Next.Flags & (FlagRws | FlagShouldRetry);
        RetryReason = Next.RetryReason;
    }

    // ----- BIO_ctrl(3) commands every BIO answers -----
    // The defaults are what a method answers to a command it does not know
    // (0), except Flush: a BIO that buffers nothing has nothing to flush.

    /// <summary>BIO_reset(3).</summary>
    public virtual long Reset() => 0;

    /// <summary>BIO_eof(3): 1 at end of file.</summary>
    public virtual long Eof() => 0;

    /// <summary>BIO_pending(3): bytes that can be read without waiting.</summary>
    public virtual long Pending() => 0;

    /// <summary>BIO_wpending(3): bytes written but not yet passed on.</summary>
    public virtual long WritePending() => 0;

    /// <summary>BIO_flush(3): 1 when everything written has been passed on.</summary>
    public virtual long Flush() => 1;

    /// <summary>BIO_get_close(3).</summary>
    public virtual long GetClose() => Shutdown;

    /// <summary>BIO_set_close(3).</summary>
    public virtual long SetClose(int flag)
    {
        Shutdown = flag;
        return 1;
    }

    /// <summary>
    /// BIO_CTRL_INFO: for a memory BIO the readable length, with the address
    /// of those bytes in <paramref name="data"/> (BIO_get_mem_data(3)).
    /// </summary>
    public virtual long Info(ref nint data) => 0;

    /// <summary>BIO_seek(3).</summary>
    public virtual long Seek(long offset) => 0;

    /// <summary>BIO_tell(3).</summary>
    public virtual long Tell() => 0;

    /// <summary>BIO_CTRL_DUP: what BIO_dup_chain asks of each BIO.</summary>
    public virtual long Dup() => 1;
}
