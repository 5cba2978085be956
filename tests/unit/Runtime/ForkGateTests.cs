using System;
using System.Diagnostics;
using System.Threading;
using LibSsl.Runtime;
using NUnit.Framework;

namespace LibSsl.Tests.Runtime;

/// <summary>
/// The fork gate's protocol, driven through the handlers' bodies (the
/// handlers themselves are reached only through pthread_atfork; the C
/// scenario process fork-storm forks for real): the prepare handler waits
/// for threads inside, threads arriving while it is closed wait for the
/// parent handler, released threads do not hold fork(2) up, and the wait is
/// bounded.
/// </summary>
[TestFixture]
[NonParallelizable]
public class ForkGateTests
{
    private static Thread Start(Action a)
    {
        var t = new Thread(() => a()) { IsBackground = true };
        t.Start();
        return t;
    }

    [Test]
    public void PrepareWaitsForAThreadInsideToLeave()
    {
        using var inside = new ManualResetEventSlim();
        Thread holder = Start(() =>
        {
            ForkGate.Enter();
            inside.Set();
            Thread.Sleep(300);
            ForkGate.Exit();
        });
        inside.Wait();
        var clock = Stopwatch.StartNew();
        long clean = ForkGate.ForksClean;
        ForkGate.PrepareCore();
        long waited = clock.ElapsedMilliseconds;
        ForkGate.ParentCore();
        holder.Join();
        Assert.That(waited, Is.GreaterThanOrEqualTo(200), "prepare returned while a thread was inside");
        Assert.That(waited, Is.LessThan(1500));
        Assert.That(ForkGate.ForksClean, Is.EqualTo(clean + 1));
    }

    [Test]
    public void ThreadsArrivingWhileClosedWaitForTheParentHandler()
    {
        ForkGate.PrepareCore();
        int entered = 0;
        Thread arriving = Start(() =>
        {
            ForkGate.Enter();
            Volatile.Write(ref entered, 1);
            ForkGate.Exit();
        });
        Thread.Sleep(300);
        int before = Volatile.Read(ref entered);
        ForkGate.ParentCore();
        Assert.That(arriving.Join(2000), Is.True, "the arriving thread was not let in after the parent handler");
        Assert.That(before, Is.EqualTo(0), "a thread entered while fork(2) was under way");
        Assert.That(entered, Is.EqualTo(1));
    }

    [Test]
    public void AThreadThatReleasedTheGateDoesNotHoldForkUp()
    {
        using var released = new ManualResetEventSlim();
        using var resume = new ManualResetEventSlim();
        int back = 0;
        Thread blocked = Start(() =>
        {
            ForkGate.Enter();
            ForkGate.Release();      // as around a blocking read(2)
            released.Set();
            resume.Wait();
            ForkGate.Reacquire();
            Volatile.Write(ref back, 1);
            ForkGate.Exit();
        });
        released.Wait();
        var clock = Stopwatch.StartNew();
        ForkGate.PrepareCore();
        long waited = clock.ElapsedMilliseconds;
        resume.Set();               // the read returns while the gate is closed
        Thread.Sleep(200);
        int backWhileClosed = Volatile.Read(ref back);
        ForkGate.ParentCore();
        Assert.That(blocked.Join(2000), Is.True);
        Assert.That(waited, Is.LessThan(500), "prepare waited for a thread that was outside");
        Assert.That(backWhileClosed, Is.EqualTo(0), "the thread re-entered while the gate was closed");
        Assert.That(back, Is.EqualTo(1));
    }

    [Test]
    public void TheForkingThreadMayCallTheLibraryFromItsOwnHandlers()
    {
        ForkGate.Enter();           // fork(2) called from inside (a callback that did not release)
        var clock = Stopwatch.StartNew();
        ForkGate.PrepareCore();
        ForkGate.Enter();           // another atfork handler calls the library
        ForkGate.Exit();
        ForkGate.ParentCore();
        ForkGate.Exit();
        Assert.That(clock.ElapsedMilliseconds, Is.LessThan(500));
    }

    [Test]
    public void TheWaitIsBounded()
    {
        using var inside = new ManualResetEventSlim();
        using var leave = new ManualResetEventSlim();
        Thread stuck = Start(() =>
        {
            ForkGate.Enter();
            inside.Set();
            leave.Wait();           // blocked while counted inside, as on a lock
            ForkGate.Exit();
        });
        inside.Wait();
        long timedOut = ForkGate.ForksTimedOut;
        var clock = Stopwatch.StartNew();
        ForkGate.PrepareCore();
        long waited = clock.ElapsedMilliseconds;
        ForkGate.ParentCore();
        leave.Set();
        stuck.Join();
        Assert.That(waited, Is.GreaterThanOrEqualTo((long)ForkGate.MaxWait.TotalMilliseconds - 50));
        Assert.That(waited, Is.LessThan((long)ForkGate.MaxWait.TotalMilliseconds + 1000));
        Assert.That(ForkGate.ForksTimedOut, Is.EqualTo(timedOut + 1));
    }

    /// <summary>
    /// A member that left the library and runs code of its own (C code, in
    /// a program) may be in the runtime's few instructions of leaving: fork
    /// waits until it has had some CPU time, which takes a running thread
    /// little time, and does not wait for the bound.
    /// </summary>
    [Test]
    public void AMemberBusyOutsideTheLibraryHoldsForkOnlyBriefly()
    {
        using var member = new ManualResetEventSlim();
        int stop = 0;
        Thread busy = Start(() =>
        {
            ForkGate.Enter();
            ForkGate.Exit();
            member.Set();
            while (Volatile.Read(ref stop) == 0)
            {
            }
        });
        member.Wait();
        long clean = ForkGate.ForksClean;
        var clock = Stopwatch.StartNew();
        ForkGate.PrepareCore();
        long waited = clock.ElapsedMilliseconds;
        ForkGate.ParentCore();
        Volatile.Write(ref stop, 1);
        busy.Join();
        Assert.That(ForkGate.ForksClean, Is.EqualTo(clean + 1), "prepare gave up on a thread that was only busy");
        Assert.That(waited, Is.LessThan(500));
    }

    [Test]
    public void TheChildStartsWithTheGateOpenAndOnlyItsOwnShare()
    {
        using var inside = new ManualResetEventSlim();
        using var leave = new ManualResetEventSlim();
        Thread other = Start(() =>
        {
            ForkGate.Enter();
            inside.Set();
            leave.Wait();
            ForkGate.Exit();
        });
        inside.Wait();
        ForkGate.ChildCore();       // as if this thread were the child's only one
        // The other thread's share is gone: a prepare now returns at once.
        var clock = Stopwatch.StartNew();
        ForkGate.PrepareCore();
        long waited = clock.ElapsedMilliseconds;
        ForkGate.ParentCore();
        leave.Set();
        other.Join();
        ForkGate.ChildCore();       // and back to a balanced count for the other tests
        Assert.That(waited, Is.LessThan(500));
    }
}
