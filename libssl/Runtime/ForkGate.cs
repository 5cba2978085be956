using System;
using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Threading;

namespace LibSsl.Runtime;

/// <summary>
/// Keeps fork(2) out of the library's managed code, so that a child may go
/// on using the library whatever the other threads of its parent were doing
/// (ssl(3) CAVEATS).
/// </summary>
/// <remarks>
/// The .NET runtime stops every thread it knows before a garbage collection.
/// A thread that is running managed code has to be interrupted with a
/// signal; a thread that is outside (in C code, or blocked in a system call
/// made from managed code) is simply recorded as stopped.  After fork(2) the
/// child keeps the runtime's list of the parent's threads but has none of
/// those threads: if one of them was running managed code, the child's first
/// collection signals a thread that does not exist and then waits for it
/// forever or aborts.  The runtime does not handle fork(2), so the library
/// does.
/// <para>
/// Every export enters this gate first and leaves it last, and leaves it
/// around calls that may block or that run C code (reads and writes on
/// descriptors, callbacks, C BIO methods).  A pthread_atfork(3) prepare
/// handler closes the gate and waits until no other thread is inside.
/// Threads that arrive meanwhile park: they wait in the kernel (futex(2) on
/// the gate word) until the parent handler opens the gate again.
/// </para>
/// <para>
/// "Not inside" is not yet "not in managed code": the runtime runs a few
/// instructions of its own as a thread crosses into an export and back,
/// before the gate is entered and after it is left, and a parking thread
/// runs some on its way to futex(2).  So every thread that has ever entered
/// is a member, and the prepare handler also asks the kernel about each
/// (<see cref="KernelThreadState"/>): a member blocked in a system call
/// runs no user code; a member that runs, or waits for a CPU, must first
/// have had some CPU time since the gate closed, which takes it past any
/// such crossing (into C code, or to the gate, where it parks).  The
/// runtime's own threads (".NET Finalizer", ".NET BGC") must be blocked and
/// idle for a moment.  The prepare handler allocates nothing: a collection
/// started there would stop every thread and then let them all run again.
/// </para>
/// <para>
/// The child starts with the gate open and only its own thread.  It has no
/// background collector thread either, though the runtime believes it has,
/// so the child handler puts the collector in batch mode: a collection that
/// chose to run in the background would wait for that thread forever.
/// </para>
/// <para>
/// The wait is bounded (<see cref="MaxWait"/>): nothing in the library
/// stays in managed code that long, but a thread waiting inside the library
/// for a lock whose holder is parked would otherwise hold fork(2) forever.
/// A thread waiting on a lock is blocked in the kernel, which is what the
/// child needs, so fork(2) then goes ahead.  What no library can exclude is
/// a thread that calls the library at the very moment another thread forks,
/// as OpenSSL's own locks cannot (ssl(3) CAVEATS).
/// </para>
/// </remarks>
internal static unsafe class ForkGate
{
    /// <summary>How long fork(2) waits for threads inside the library.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    /// <summary>CPU time a running member must have had since the gate closed.</summary>
    private const long ProgressNs = 50_000;

    /// <summary>Threads now running in the library (exports entered, not left, not released).</summary>
    private static int s_inside;

    /// <summary>
    /// The gate word: 1 from the prepare handler until the parent handler,
    /// 0 otherwise (and in the child).  Parked threads wait on its address,
    /// which does not move: NativeAOT keeps primitive statics outside the
    /// collected heap (and so does the JIT, for the managed tests).
    /// </summary>
    private static int s_closed;

    /// <summary>1 once the handlers are registered, 2 if that failed.</summary>
    private static int s_installed;

    /// <summary>Kernel thread ids of the members: the threads that have entered the gate.</summary>
    private static int[] s_members = new int[16];

    private static int s_memberCount;

    /// <summary>Changes whenever a member joins, so that the prepare handler notices a late one.</summary>
    private static int s_generation;

    private static readonly object s_membersLock = new();

    /// <summary>How many times this thread entered and has not left (nested calls from callbacks count).</summary>
    [ThreadStatic]
    private static int t_depth;

    /// <summary>Set on the thread that called fork(2), between its prepare and parent/child handlers.</summary>
    [ThreadStatic]
    private static bool t_forking;

    /// <summary>This thread's kernel id, once it is a member; 0 before.</summary>
    [ThreadStatic]
    private static int t_tid;

    private static long s_forksClean, s_forksTimedOut;

    /// <summary>Forks whose prepare handler found every member outside managed code (for tests).</summary>
    public static long ForksClean => Interlocked.Read(ref s_forksClean);

    /// <summary>Forks that went ahead after <see cref="MaxWait"/> (for tests).</summary>
    public static long ForksTimedOut => Interlocked.Read(ref s_forksTimedOut);

    /// <summary>
    /// Called first by every export.  Never throws: it sits outside the
    /// export's catch-all (BoundaryShapeTests allow exactly this call there).
    /// </summary>
    public static void Enter()
    {
        t_depth++;
        Acquire();
    }

    /// <summary>Called last by every export, from its finally block.  Never throws.</summary>
    public static void Exit()
    {
        t_depth--;
        Interlocked.Decrement(ref s_inside);
    }

    /// <summary>
    /// Leaves the gate around a call that may block or that runs C code (a
    /// callback may itself fork, or wait for a thread that is parked).  Pair
    /// with <see cref="Reacquire"/> in a finally block.
    /// </summary>
    public static void Release() => Exit();

    /// <summary>Enters again after <see cref="Release"/>, parking while a fork is in progress.</summary>
    public static void Reacquire() => Enter();

    private static void Acquire()
    {
        // Interlocked.Increment is a full fence: either the prepare handler
        // sees this thread counted, or this thread sees the gate closed.
        Interlocked.Increment(ref s_inside);
        if (Volatile.Read(ref s_closed) != 0 || t_tid == 0)
            Slow();
    }

    /// <summary>
    /// A thread's first entry (it becomes a member, and the first thread
    /// installs the handlers), or an entry while the gate is closed.  Runs
    /// counted as inside, so the prepare handler waits for it.
    /// </summary>
    private static void Slow()
    {
        try
        {
            if (Volatile.Read(ref s_installed) == 0)
                Install();
            if (t_tid == 0)
                Join(KernelThreadState.CurrentTid());
            // The forking thread's own atfork handlers may call the library.
            while (Volatile.Read(ref s_closed) != 0 && !t_forking)
                Park();
        }
        catch
        {
            // Go on: a failure here only narrows what fork(2) protects.
        }
    }

    /// <summary>Makes the calling thread a member.</summary>
    private static void Join(int tid)
    {
        lock (s_membersLock)
        {
            if (s_memberCount == s_members.Length)
                Prune();
            if (s_memberCount == s_members.Length)
                Array.Resize(ref s_members, s_members.Length * 2);
            s_members[s_memberCount++] = tid;
            Interlocked.Increment(ref s_generation);
        }
        t_tid = tid;
    }

    /// <summary>Drops the members that have ended (their /proc entries are gone).</summary>
    private static void Prune()
    {
        int kept = 0;
        for (int i = 0; i < s_memberCount; i++)
        {
            if (KernelThreadState.Of(s_members[i]) != KernelThreadState.Kind.Gone)
                s_members[kept++] = s_members[i];
        }
        s_memberCount = kept;
    }

    /// <summary>Waits in the kernel while the gate is closed.</summary>
    private static void Park()
    {
        Interlocked.Decrement(ref s_inside);
        fixed (int* word = &s_closed)
        {
            while (Volatile.Read(ref s_closed) != 0)
                KernelThreadState.Syscall(SysFutex, (nint)word, FutexWaitPrivate, 1, 0);
        }
        Interlocked.Increment(ref s_inside);
    }

    private const nint SysFutex = 202;                          // x86-64
    private const nint FutexWaitPrivate = 128, FutexWakePrivate = 129;

    [DllImport("libc", EntryPoint = "pthread_atfork")]
    private static extern int PthreadAtfork(
        delegate* unmanaged<void> prepare, delegate* unmanaged<void> parent, delegate* unmanaged<void> child);

    private static readonly object s_installLock = new();

    private static void Install()
    {
        try
        {
            InstallOnce();
        }
        catch
        {
            // Without the handlers fork(2) is as unprotected as before.
        }
    }

    private static void InstallOnce()
    {
        lock (s_installLock)
        {
            if (s_installed != 0)
                return;
            // 2: registration failed (ENOMEM, or no such function when the
            // managed tests run this code under the JIT); do not try again
            // on every call.
            int installed = 2;
            try
            {
                if (PthreadAtfork(&Prepare, &Parent, &Child) == 0)
                    installed = 1;
            }
            finally
            {
                Volatile.Write(ref s_installed, installed);
            }
        }
    }

    [UnmanagedCallersOnly]
    private static void Prepare()
    {
        try
        {
            // The caller of fork(2) must find errno as fork(2) left it.
            int saved = Marshal.GetLastSystemError();
            PrepareCore();
            Marshal.SetLastSystemError(saved);
        }
        catch (Exception)
        {
            // Nothing may unwind into fork(2).
        }
    }

    [UnmanagedCallersOnly]
    private static void Parent()
    {
        try
        {
            int saved = Marshal.GetLastSystemError();
            ParentCore();
            Marshal.SetLastSystemError(saved);
        }
        catch (Exception)
        {
            // Nothing may unwind into fork(2).
        }
    }

    [UnmanagedCallersOnly]
    private static void Child()
    {
        try
        {
            int saved = Marshal.GetLastSystemError();
            ChildCore();
            Marshal.SetLastSystemError(saved);
        }
        catch (Exception)
        {
            // Nothing may unwind into fork(2).
        }
    }

    /// <summary>
    /// The prepare handler: closes the gate and waits, at most
    /// <see cref="MaxWait"/>, until no other thread is inside and every
    /// other member is provably outside managed code.  Allocates nothing: a
    /// collection started here would stop every thread and then let them
    /// all run managed code on their way back.
    /// </summary>
    internal static void PrepareCore()
    {
        try
        {
            t_forking = true;
            Interlocked.Exchange(ref s_closed, 1);
            if (Settle())
                Interlocked.Increment(ref s_forksClean);
            else
                Interlocked.Increment(ref s_forksTimedOut);
        }
        catch
        {
            // fork(2) goes ahead in any case.
        }
    }

    private static bool Settle()
    {
        const int Max = 256;
        int* tids = stackalloc int[Max];
        int* seenTid = stackalloc int[Max];
        long* seenCpu = stackalloc long[Max];
        long* seenAt = stackalloc long[Max];
        int seen = 0;
        int own = t_depth, self = t_tid;
        long start = Stopwatch.GetTimestamp();
        long maxWait = (long)(MaxWait.TotalSeconds * Stopwatch.Frequency);
        long quiet = Stopwatch.Frequency / 10000;   // 100 µs
        for (int round = 0; ; round++)
        {
            if (round > 0)
            {
                if (Stopwatch.GetTimestamp() - start > maxWait)
                    return false;
                if (round < 200)
                    Thread.Yield();
                else
                    Thread.Sleep(1);
            }
            if (Volatile.Read(ref s_inside) > own)
                continue;
            int generation = Volatile.Read(ref s_generation);
            int members;
            lock (s_membersLock)
            {
                members = Math.Min(s_memberCount, Max);
                for (int i = 0; i < members; i++)
                    tids[i] = s_members[i];
            }
            // Beyond 256 members the bound decides; no program has that many.
            bool settled = members < Max;
            for (int i = 0; i < members && settled; i++)
            {
                int tid = tids[i];
                if (tid == self || KernelThreadState.Of(tid) != KernelThreadState.Kind.Runnable)
                    continue;
                // Running, or waiting for a CPU: it must have had some CPU
                // time since first seen so.
                long cpu = KernelThreadState.CpuTime(tid);
                int j = Seen(seenTid, seen, tid);
                if (j < 0)
                    Remember(seenTid, seenCpu, seenAt, ref seen, Max, tid, cpu);
                if (j < 0 || (cpu >= 0 ? cpu - seenCpu[j] < ProgressNs
                                       : Stopwatch.GetTimestamp() - seenAt[j] < 10 * quiet))
                    settled = false;
            }
            // The runtime's own threads (the finalizer, the background
            // collector) run managed code of their own accord: each must be
            // blocked, and have used no CPU for a while, which a thread at
            // work does not do.  Their marks are kept as negative ids.
            int runtime = settled ? KernelThreadState.RuntimeThreads(tids, Max) : 0;
            for (int i = 0; i < runtime && settled; i++)
            {
                int tid = tids[i];
                if (tid == self)
                    continue;
                if (KernelThreadState.Of(tid) == KernelThreadState.Kind.Runnable)
                {
                    settled = false;
                    continue;
                }
                long cpu = KernelThreadState.CpuTime(tid);
                if (cpu < 0)
                    continue;   // blocked, and no schedstat to say more
                int j = Seen(seenTid, seen, -tid);
                if (j < 0 || seenCpu[j] != cpu)
                {
                    if (j < 0)
                        Remember(seenTid, seenCpu, seenAt, ref seen, Max, -tid, cpu);
                    else
                    {
                        seenCpu[j] = cpu;
                        seenAt[j] = Stopwatch.GetTimestamp();
                    }
                    settled = false;
                }
                else if (Stopwatch.GetTimestamp() - seenAt[j] < quiet)
                {
                    settled = false;
                }
            }
            if (settled && Volatile.Read(ref s_inside) <= own && Volatile.Read(ref s_generation) == generation)
                return true;
        }
    }

    private static int Seen(int* seenTid, int seen, int key)
    {
        for (int j = 0; j < seen; j++)
        {
            if (seenTid[j] == key)
                return j;
        }
        return -1;
    }

    private static void Remember(int* seenTid, long* seenCpu, long* seenAt, ref int seen, int max, int key, long cpu)
    {
        if (seen == max)
            return;
        seenTid[seen] = key;
        seenCpu[seen] = cpu;
        seenAt[seen] = Stopwatch.GetTimestamp();
        seen++;
    }

    /// <summary>The parent handler: opens the gate and wakes the parked threads.</summary>
    internal static void ParentCore()
    {
        t_forking = false;
        Volatile.Write(ref s_closed, 0);
        try
        {
            fixed (int* word = &s_closed)
                KernelThreadState.Syscall(SysFutex, (nint)word, FutexWakePrivate, int.MaxValue, 0);
        }
        catch
        {
            // Parked threads look at the word again on any wake-up.
        }
    }

    /// <summary>The child handler: the only thread left is this one, and the gate is open.</summary>
    internal static void ChildCore()
    {
        t_forking = false;
        // The other threads' shares went with them, and this thread has a
        // new kernel id: it joins again on its next entry.
        Volatile.Write(ref s_inside, t_depth);
        s_memberCount = 0;
        t_tid = 0;
        try
        {
            // The child has no background collector thread, but the
            // runtime believes it has: a collection that chose to run in
            // the background would wait for it forever.  Batch mode makes
            // every collection a blocking one, run by the thread that
            // needs it.  (Nothing here allocates, for the same reason.)
            GCSettings.LatencyMode = GCLatencyMode.Batch;
        }
        catch
        {
            // Nothing more can be done here.
        }
        Volatile.Write(ref s_closed, 0);
    }
}
