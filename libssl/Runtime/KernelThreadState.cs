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
    private const nint SysRead = 0, SysOpen = 2, SysClose = 3;
    private const nint OpenReadOnlyCloexec = 0x80000;

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
