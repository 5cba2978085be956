using System.Diagnostics;
using System.Threading;
using LibSsl.Runtime;
using NUnit.Framework;

namespace LibSsl.Tests.Runtime;

/// <summary>What the fork gate learns from /proc about other threads.</summary>
[TestFixture]
public class KernelThreadStateTests
{
    private static (Thread thread, int tid) Start(ThreadStart body, out ManualResetEventSlim started, out int[] tidBox)
    {
        var ready = new ManualResetEventSlim();
        var box = new int[1];
        var t = new Thread(() =>
        {
            Volatile.Write(ref box[0], KernelThreadState.CurrentTid());
            ready.Set();
            body();
        }) { IsBackground = true };
        t.Start();
        ready.Wait();
        started = ready;
        tidBox = box;
        return (t, Volatile.Read(ref box[0]));
    }

    [Test]
    public void ASleepingThreadIsInASystemCall()
    {
        using var stop = new ManualResetEventSlim();
        var (t, tid) = Start(() => stop.Wait(), out var started, out _);
        Thread.Sleep(100);
        KernelThreadState.Kind kind = KernelThreadState.Of(tid);
        stop.Set();
        t.Join();
        started.Dispose();
        Assert.That(kind, Is.EqualTo(KernelThreadState.Kind.InSystemCall));
    }

    [Test]
    public void ASpinningThreadIsRunnableAndGainsCpuTime()
    {
        int stop = 0;
        var (t, tid) = Start(() => { while (Volatile.Read(ref stop) == 0) { } }, out var started, out _);
        Thread.Sleep(50);
        KernelThreadState.Kind kind = KernelThreadState.Of(tid);
        long before = KernelThreadState.CpuTime(tid);
        Thread.Sleep(100);
        long after = KernelThreadState.CpuTime(tid);
        Volatile.Write(ref stop, 1);
        t.Join();
        started.Dispose();
        Assert.That(kind, Is.EqualTo(KernelThreadState.Kind.Runnable));
        Assert.That(before, Is.GreaterThan(0));
        Assert.That(after - before, Is.GreaterThan(1_000_000), "100 ms of spinning gave under 1 ms of CPU");
    }

    [Test]
    public void AnEndedThreadIsGone()
    {
        var (t, tid) = Start(() => { }, out var started, out _);
        t.Join();
        started.Dispose();
        // The kernel may take a moment to reap it.
        var clock = Stopwatch.StartNew();
        while (KernelThreadState.Of(tid) != KernelThreadState.Kind.Gone && clock.ElapsedMilliseconds < 2000)
            Thread.Sleep(10);
        Assert.That(KernelThreadState.Of(tid), Is.EqualTo(KernelThreadState.Kind.Gone));
        Assert.That(KernelThreadState.CpuTime(tid), Is.EqualTo(-1));
    }

    [Test]
    public unsafe void TheFinalizerThreadIsFoundByItsName()
    {
        int* tids = stackalloc int[16];
        int n = KernelThreadState.RuntimeThreads(tids, 16);
        int finalizers = 0;
        for (int i = 0; i < n; i++)
        {
            string comm = System.IO.File.ReadAllText("/proc/self/task/" + tids[i] + "/comm").TrimEnd('\n');
            Assert.That(comm, Is.EqualTo(".NET Finalizer").Or.EqualTo(".NET BGC"));
            if (comm == ".NET Finalizer")
                finalizers++;
        }
        Assert.That(finalizers, Is.EqualTo(1));
    }

    [Test]
    public void CurrentTidIsThisThreadsKernelId()
    {
        // The main thread of a process has the process id as its thread id;
        // any thread's id names a directory under /proc/self/task.
        int tid = KernelThreadState.CurrentTid();
        Assert.That(System.IO.Directory.Exists("/proc/self/task/" + tid), Is.True);
        Assert.That(KernelThreadState.Of(tid), Is.Not.EqualTo(KernelThreadState.Kind.Gone));
    }
}
