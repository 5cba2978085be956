using System;
using Mono.Unix.Native;
using Org.BouncyCastle.Crypto.Prng;

namespace LibSsl.Tls;

/// <summary>
/// Randomness for the engine straight from the kernel (/dev/urandom).
/// BouncyCastle's default SecureRandom would go through
/// System.Security.Cryptography, which on Linux may load the system's
/// libssl, that is, us; DESIGN.md forbids it inside the library.
/// </summary>
internal sealed class UrandomGenerator : IRandomGenerator
{
    public static readonly UrandomGenerator Instance = new();

    public void AddSeedMaterial(byte[] seed)
    {
    }

    public void AddSeedMaterial(ReadOnlySpan<byte> seed)
    {
    }

    public void AddSeedMaterial(long seed)
    {
    }

    public void NextBytes(byte[] bytes) => NextBytes(bytes.AsSpan());

    public void NextBytes(byte[] bytes, int start, int len) => NextBytes(bytes.AsSpan(start, len));

    public unsafe void NextBytes(Span<byte> bytes)
    {
        // Opened per call so that a fork(2)ed child or a closed-descriptor
        // sweep by the host program can never leave us reading a stale fd.
        int fd = Syscall.open("/dev/urandom", OpenFlags.O_RDONLY | OpenFlags.O_CLOEXEC);
        if (fd < 0)
            throw new InvalidOperationException("cannot open /dev/urandom");
        try
        {
            fixed (byte* p = bytes)
            {
                int done = 0;
                while (done < bytes.Length)
                {
                    long n = Syscall.read(fd, p + done, (ulong)(bytes.Length - done));
                    if (n < 0 && Stdlib.GetLastError() == Mono.Unix.Native.Errno.EINTR)
                        continue;
                    if (n <= 0)
                        throw new InvalidOperationException("short read from /dev/urandom");
                    done += (int)n;
                }
            }
        }
        finally
        {
            Syscall.close(fd);
        }
    }
}
