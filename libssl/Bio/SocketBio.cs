using System;
using Mono.Unix.Native;

namespace LibSsl.Bio;

/// <summary>
/// BIO_s_socket(3): recv(2) and send(2) on a connected socket.  SSL_set_fd(3)
/// builds one of these, as OpenSSL does.  No MSG_NOSIGNAL: like OpenSSL, a
/// write to a closed peer raises SIGPIPE unless the program ignores it.
/// </summary>
internal sealed class SocketBio : DescriptorBio
{
    public const int TypeSocket = 5 | 0x0400 | 0x0100;

    public SocketBio(int fd, int closeFlag) : base(fd, closeFlag)
    {
    }

    /// <summary>BIO_new(BIO_s_socket()): no socket until BIO_set_fd.</summary>
    public SocketBio()
    {
    }

    public override int Type => TypeSocket;

    public override string Name => "socket";

    protected override unsafe long SysRead(int fd, Span<byte> buffer)
    {
        fixed (byte* p = buffer)
            return Syscall.recv(fd, p, (ulong)buffer.Length, 0);
    }

    protected override unsafe long SysWrite(int fd, ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
            return Syscall.send(fd, p, (ulong)data.Length, 0);
    }
}
