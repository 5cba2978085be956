using System.Runtime.InteropServices;

namespace LibSsl.Runtime;

/// <summary>
/// What the kernel says about another thread of this process, read from
/// /proc/self/task/TID with bare system calls into stack buffers, so that
/// asking allocates nothing (see <see cref="ForkGate"/>).
/// </summary>
internal static unsafe class KernelThreadState
{
    public enum Kind
    {
        /// <summary>No such thread (it has ended), or no /proc to ask.</summary>
        Gone,

        /// <summary>Blocked in a system call: it runs no user code until that returns.</summary>
        InSystemCall,

        /// <summary>Running, waiting for a CPU, or stopped outside a system call.</summary>
        Runnable,
    }

    // x86-64 system call numbers.
    private const nint SysRead = 0, SysOpen = 2, SysClose = 3, SysGetdents64 = 217;
    private const nint OpenReadOnlyCloexec = 0x80000, OpenDirectory = 0x10000;

    // syscall(2) itself: bound at link time (libssl.csproj), no allocation.
    [DllImport("libc", EntryPoint = "syscall")]
    public static extern nint Syscall(nint number, nint a, nint b, nint c, nint d);

    /// <summary>
    /// /proc/self/task/TID/syscall: "running" while the thread runs or waits
    /// for a CPU, "NR ARGS... SP PC" while it is blocked in system call NR,
    /// "-1 SP PC" while it is blocked elsewhere (a page fault, a stop).
    /// </summary>
    public static Kind Of(int tid)
    {
        byte* text = stackalloc byte[160];
        int got = Read(tid, "/syscall", text, 159);
        if (got < 0)
            return Kind.Gone;
        if (got == 0 || text[0] == (byte)'r' || text[0] == (byte)'-')
            return Kind.Runnable;
        return Kind.InSystemCall;
    }

    /// <summary>
    /// The time the thread has spent on a CPU, in nanoseconds (the first
    /// field of /proc/self/task/TID/schedstat); -1 if unknown.
    /// </summary>
    public static long CpuTime(int tid)
    {
        byte* text = stackalloc byte[96];
        int got = Read(tid, "/schedstat", text, 95);
        if (got <= 0)
            return -1;
        long value = 0;
        int i = 0;
        for (; i < got && text[i] >= (byte)'0' && text[i] <= (byte)'9'; i++)
            value = value * 10 + (text[i] - '0');
        return i == 0 ? -1 : value;
    }

    /// <summary>
    /// The threads the .NET runtime starts in this library that run managed
    /// code of their own accord, the finalizer and the background collector
    /// (the runtime names them ".NET Finalizer" and ".NET BGC"), into
    /// <paramref name="tids"/>; their number.
    /// </summary>
    public static int RuntimeThreads(int* tids, int max)
    {
        byte* path = stackalloc byte[24];
        int n = Append(path, 0, "/proc/self/task");
        path[n] = 0;
        nint fd = Syscall(SysOpen, (nint)path, OpenReadOnlyCloexec | OpenDirectory, 0, 0);
        if (fd < 0)
            return 0;
        int found = 0;
        byte* entries = stackalloc byte[4096];
        byte* comm = stackalloc byte[32];
        for (;;)
        {
            nint got = Syscall(SysGetdents64, fd, (nint)entries, 4096, 0);
            if (got <= 0)
                break;
            // struct linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, char name[].
            for (nint at = 0; at < got;)
            {
                ushort length = *(ushort*)(entries + at + 16);
                byte* name = entries + at + 19;
                at += length;
                int tid = 0;
                for (; *name >= (byte)'0' && *name <= (byte)'9'; name++)
                    tid = tid * 10 + (*name - '0');
                if (tid == 0 || found == max)
                    continue;
                int c = Read(tid, "/comm", comm, 31);
                if (Is(comm, c, ".NET Finalizer\n") || Is(comm, c, ".NET BGC\n"))
                    tids[found++] = tid;
            }
        }
        Syscall(SysClose, fd, 0, 0, 0);
        return found;
    }

    private static bool Is(byte* text, int length, string ascii)
    {
        if (length != ascii.Length)
            return false;
        for (int i = 0; i < length; i++)
        {
            if (text[i] != ascii[i])
                return false;
        }
        return true;
    }

    /// <summary>The kernel's id of the calling thread.</summary>
    public static int CurrentTid() => (int)Syscall(186, 0, 0, 0, 0);    // gettid(2)

    private static int Read(int tid, string file, byte* buffer, int size)
    {
        byte* path = stackalloc byte[64];
        int n = Append(path, 0, "/proc/self/task/");
        n = AppendDecimal(path, n, (uint)tid);
        n = Append(path, n, file);
        path[n] = 0;
        nint fd = Syscall(SysOpen, (nint)path, OpenReadOnlyCloexec, 0, 0);
        if (fd < 0)
            return -1;
        nint got = Syscall(SysRead, fd, (nint)buffer, size, 0);
        Syscall(SysClose, fd, 0, 0, 0);
        return got < 0 ? 0 : (int)got;
    }

    private static int Append(byte* buffer, int at, string ascii)
    {
        foreach (char c in ascii)
            buffer[at++] = (byte)c;
        return at;
    }

    private static int AppendDecimal(byte* buffer, int at, uint value)
    {
        byte* digits = stackalloc byte[12];
        int n = 0;
        do
        {
            digits[n++] = (byte)('0' + value % 10);
            value /= 10;
        }
        while (value != 0);
        while (n > 0)
            buffer[at++] = digits[--n];
        return at;
    }
}
