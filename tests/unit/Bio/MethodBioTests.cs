using System;
using System.Runtime.InteropServices;
using LibSsl.Bio;
using LibSsl.Err;
using LibSsl.Native;
using NUnit.Framework;
using BioBase = LibSsl.Bio.Bio;

namespace LibSsl.Tests.Bio;

/// <summary>
/// BIOs whose method is C code (BIO_meth_new(3)).  The "C functions" here
/// are [UnmanagedCallersOnly] methods called through the same function
/// pointers a C program would set; they record what they were given.
/// </summary>
[TestFixture]
public unsafe class MethodBioTests
{
    private static nint s_lastBio;
    private static int s_lastLength;
    private static int s_result;
    private static nuint s_count;
    private static int s_creates;
    private static int s_destroys;
    private static int s_createResult;
    private static int s_lastCmd;
    private static nint s_lastLarg;
    private static nint s_lastParg;

    [SetUp]
    public void Reset()
    {
        ErrorQueue.Clear();
        s_lastBio = 0;
        s_lastLength = -1;
        s_result = 0;
        s_count = 0;
        s_creates = s_destroys = 0;
        s_createResult = 1;
        s_lastCmd = -1;
    }

    [UnmanagedCallersOnly]
    private static int OldRead(nint bio, byte* buffer, int length)
    {
        s_lastBio = bio;
        s_lastLength = length;
        if (s_result > 0)
            buffer[0] = (byte)'r';
        return s_result;
    }

    [UnmanagedCallersOnly]
    private static int ExRead(nint bio, byte* buffer, nuint length, nuint* got)
    {
        s_lastBio = bio;
        s_lastLength = (int)length;
        *got = s_count;
        return s_result;
    }

    /// <summary>Sets the retry-read flag on its BIO, as BIO_set_retry_read would, and fails.</summary>
    [UnmanagedCallersOnly]
    private static int RetryingRead(nint bio, byte* buffer, int length)
    {
        BioBase? b = Handles.Get<BioBase>(bio, HandleKind.Bio);
        if (b is not null)
            b.Flags |= BioBase.FlagRead | BioBase.FlagShouldRetry;
        return -1;
    }

    [UnmanagedCallersOnly]
    private static int OldWrite(nint bio, byte* data, int length)
    {
        s_lastBio = bio;
        s_lastLength = length;
        return s_result;
    }

    [UnmanagedCallersOnly]
    private static int Create(nint bio)
    {
        s_creates++;
        s_lastBio = bio;
        BioBase? b = Handles.Get<BioBase>(bio, HandleKind.Bio);
        if (b is not null && s_createResult != 0)
            b.Initialized = true;
        return s_createResult;
    }

    [UnmanagedCallersOnly]
    private static int Destroy(nint bio)
    {
        s_destroys++;
        s_lastBio = bio;
        return 1;
    }

    [UnmanagedCallersOnly]
    private static nint Ctrl(nint bio, int cmd, nint larg, nint parg)
    {
        s_lastBio = bio;
        s_lastCmd = cmd;
        s_lastLarg = larg;
        s_lastParg = parg;
        return 77;
    }

    private static MethodBio Make(BioMethod method)
    {
        var bio = new MethodBio(method);
        Handles.Register(bio, HandleKind.Bio);
        return bio;
    }

    private static int LastReason() => ErrorCode.GetReason(ErrorQueue.Get().Code);

    [Test]
    public void OldStyleReadGetsTheBiosOwnPointerAndItsResultIsPassedOn()
    {
        var m = new BioMethod(129 | 0x0400, "test");
        m.SetRead((nint)(delegate* unmanaged<nint, byte*, int, int>)&OldRead);
        MethodBio bio = Make(m);
        try
        {
            s_result = 1;
            var buffer = new byte[8];
            Assert.That(bio.CallRead(buffer), Is.EqualTo(1));
            Assert.That(s_lastBio, Is.EqualTo(bio.Handle));
            Assert.That(s_lastLength, Is.EqualTo(8));
            Assert.That(buffer[0], Is.EqualTo((byte)'r'));
            s_result = -5;
            Assert.That(bio.CallRead(buffer), Is.EqualTo(-5));
            Assert.That(bio.CallRead(Span<byte>.Empty), Is.EqualTo(-5), "asked even for 0 bytes");
            Assert.That(s_lastLength, Is.Zero);
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void ReadExServesBioRead()
    {
        var m = new BioMethod(130, "ex");
        m.SetReadEx((nint)(delegate* unmanaged<nint, byte*, nuint, nuint*, int>)&ExRead);
        MethodBio bio = Make(m);
        try
        {
            s_result = 1;
            s_count = 5;
            Assert.That(bio.CallRead(new byte[16]), Is.EqualTo(5));
            s_result = 0;
            Assert.That(bio.CallRead(new byte[16]), Is.Zero);
            s_result = 1;
            s_count = 17;
            Assert.That(bio.CallRead(new byte[16]), Is.EqualTo(-1), "more than asked is an internal error");
            Assert.That(LastReason(), Is.EqualTo(ErrorCode.RInternalError));
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void TheLastSetterOfReadOrReadExWins()
    {
        var m = new BioMethod(131, "both");
        m.SetReadEx((nint)(delegate* unmanaged<nint, byte*, nuint, nuint*, int>)&ExRead);
        m.SetRead((nint)(delegate* unmanaged<nint, byte*, int, int>)&OldRead);
        Assert.That(m.ReadEx, Is.EqualTo((nint)0));
        MethodBio bio = Make(m);
        try
        {
            s_result = 3;
            Assert.That(bio.CallRead(new byte[8]), Is.EqualTo(3), "the old-style result is passed on");
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void RetryFlagsAreTheMethodsOwn()
    {
        var m = new BioMethod(132, "retry");
        m.SetRead((nint)(delegate* unmanaged<nint, byte*, int, int>)&RetryingRead);
        m.SetWrite((nint)(delegate* unmanaged<nint, byte*, int, int>)&OldWrite);
        MethodBio bio = Make(m);
        try
        {
            Assert.That(bio.CallRead(new byte[4]), Is.EqualTo(-1));
            Assert.That(bio.ShouldRetry && bio.ShouldRead, Is.True, "set by the C function");
            s_result = 4;
            Assert.That(bio.CallWrite(new byte[4]), Is.EqualTo(4));
            Assert.That(bio.ShouldRetry, Is.True, "not cleared for it: a C method clears its own flags");
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void MissingFunctionsAreUnsupported()
    {
        MethodBio bio = Make(new BioMethod(133, "bare"));
        try
        {
            Assert.That(bio.Initialized, Is.True, "no create: ready at once");
            Assert.That(bio.CallRead(new byte[4]), Is.EqualTo(-2));
            Assert.That(LastReason(), Is.EqualTo(BioReason.UnsupportedMethod));
            Assert.That(bio.CallWrite(new byte[4]), Is.EqualTo(-2));
            Assert.That(bio.Puts(new byte[1]), Is.EqualTo(-2));
            Assert.That(bio.Gets(new byte[4]), Is.EqualTo(-2));
            Assert.That(bio.Ctrl(10, 0, 0), Is.EqualTo(-2));
            Assert.That(bio.CallbackCtrl(14, 0), Is.EqualTo(-2));
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void CreateRunsWithThePointerAndDestroyOnTheLastRelease()
    {
        var m = new BioMethod(134, "life");
        m.Create = (nint)(delegate* unmanaged<nint, int>)&Create;
        m.Destroy = (nint)(delegate* unmanaged<nint, int>)&Destroy;
        m.SetRead((nint)(delegate* unmanaged<nint, byte*, int, int>)&OldRead);
        MethodBio bio = Make(m);
        nint handle = bio.Handle;
        Assert.That(bio.Initialized, Is.False, "a create function must set init itself");
        Assert.That(bio.Create(), Is.True);
        Assert.That(s_creates, Is.EqualTo(1));
        Assert.That(s_lastBio, Is.EqualTo(handle));
        Assert.That(bio.Initialized, Is.True);
        bio.UpRef();
        Assert.That(bio.Release(), Is.False);
        Assert.That(s_destroys, Is.Zero);
        Assert.That(bio.Release(), Is.True);
        Assert.That(s_destroys, Is.EqualTo(1));
        Assert.That(s_lastBio, Is.EqualTo(handle), "destroy still gets the BIO's pointer");
    }

    [Test]
    public void AFailedCreateIsNotDestroyed()
    {
        var m = new BioMethod(135, "refuse");
        m.Create = (nint)(delegate* unmanaged<nint, int>)&Create;
        m.Destroy = (nint)(delegate* unmanaged<nint, int>)&Destroy;
        s_createResult = 0;
        MethodBio bio = Make(m);
        Assert.That(bio.Create(), Is.False);
        bio.Release();
        Assert.That(s_destroys, Is.Zero);
    }

    [Test]
    public void CtrlGetsEveryCommandAsItIsAndTypedCommandsGoThroughIt()
    {
        var m = new BioMethod(136, "ctrl");
        m.Ctrl = (nint)(delegate* unmanaged<nint, int, nint, nint, nint>)&Ctrl;
        MethodBio bio = Make(m);
        try
        {
            Assert.That(bio.Ctrl(1234, -9, 0x55), Is.EqualTo(77));
            Assert.That((s_lastCmd, s_lastLarg, s_lastParg), Is.EqualTo((1234, (nint)(-9), (nint)0x55)));
            Assert.That(s_lastBio, Is.EqualTo(bio.Handle));
            Assert.That(bio.Flush(), Is.EqualTo(77));
            Assert.That(s_lastCmd, Is.EqualTo(BioCommand.Flush));
            Assert.That(bio.Pending(), Is.EqualTo(77));
            Assert.That(s_lastCmd, Is.EqualTo(BioCommand.Pending));

            var next = new MemBio();
            Handles.Register(next, HandleKind.Bio);
            bio.Push(next);
            Assert.That(s_lastCmd, Is.EqualTo(BioCommand.Push));
            Assert.That(s_lastParg, Is.EqualTo(bio.Handle), "BIO_CTRL_PUSH names the BIO appended after");
            bio.Pop();
            Assert.That(s_lastCmd, Is.EqualTo(BioCommand.Pop));
            next.Release();
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void SettersAfterTheBioIsMadeAreSeenAtTheNextCall()
    {
        var m = new BioMethod(137, "late");
        MethodBio bio = Make(m);
        try
        {
            Assert.That(bio.CallRead(new byte[2]), Is.EqualTo(-2));
            m.SetRead((nint)(delegate* unmanaged<nint, byte*, int, int>)&OldRead);
            s_result = 2;
            Assert.That(bio.CallRead(new byte[2]), Is.EqualTo(2));
        }
        finally
        {
            bio.Release();
        }
    }

    [Test]
    public void NewIndicesCountUpFromTypeStartAndRunOut()
    {
        int first = BioMethod.NewIndex();
        Assert.That(first, Is.GreaterThan(BioMethod.TypeStart).Or.EqualTo(-1));
        int last = first;
        for (int i = 0; i < 300 && last != -1; i++)
        {
            int next = BioMethod.NewIndex();
            Assert.That(next == -1 || next == last + 1, Is.True);
            last = next;
        }
        Assert.That(last, Is.EqualTo(-1), "numbers above 255 would collide with the type bits");
    }
}
