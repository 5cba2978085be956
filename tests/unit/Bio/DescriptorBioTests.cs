using System;
using System.Text;
using LibSsl.Bio;
using Mono.Unix.Native;
using NUnit.Framework;
using BioBase = LibSsl.Bio.Bio;

namespace LibSsl.Tests.Bio;

/// <summary>
/// FdBio and SocketBio over real descriptors (pipe(2), socketpair(2)) made
/// non-blocking, as an application using SSL_set_fd with a poll loop has them.
/// </summary>
[TestFixture]
public class DescriptorBioTests
{
    private int _a = -1;
    private int _b = -1;

    [TearDown]
    public void CloseDescriptors()
    {
        if (_a >= 0)
            Syscall.close(_a);
        if (_b >= 0)
            Syscall.close(_b);
        _a = _b = -1;
    }

    private static void SetNonBlocking(int fd)
    {
        int flags = Syscall.fcntl(fd, FcntlCommand.F_GETFL);
        Assert.That(flags, Is.GreaterThanOrEqualTo(0), "F_GETFL");
        Assert.That(Syscall.fcntl(fd, FcntlCommand.F_SETFL, flags | (int)NativeConvert.FromOpenFlags(OpenFlags.O_NONBLOCK)),
            Is.Zero, "F_SETFL O_NONBLOCK");
    }

    /// <summary>A non-blocking pipe: _a is the read end, _b the write end.</summary>
    private void MakePipe()
    {
        var fds = new int[2];
        Assert.That(Syscall.pipe(fds), Is.Zero, "pipe");
        _a = fds[0];
        _b = fds[1];
        SetNonBlocking(_a);
        SetNonBlocking(_b);
    }

    private void MakeSocketPair()
    {
        Assert.That(Syscall.socketpair(UnixAddressFamily.AF_UNIX, UnixSocketType.SOCK_STREAM, 0, out _a, out _b),
            Is.Zero, "socketpair");
        SetNonBlocking(_a);
        SetNonBlocking(_b);
    }

    private static void WaitReadable(int fd)
    {
        var pfd = new[] { new Pollfd { fd = fd, events = PollEvents.POLLIN } };
        int n = Syscall.poll(pfd, 5000);
        Assert.That(n, Is.EqualTo(1), "poll for readability");
        Assert.That(pfd[0].revents & (PollEvents.POLLIN | PollEvents.POLLHUP), Is.Not.EqualTo((PollEvents)0));
    }

    private static bool IsOpen(int fd) => Syscall.fcntl(fd, FcntlCommand.F_GETFD) >= 0;

    private static Errno LastErrno() => Stdlib.GetLastError();

    /// <summary>A descriptor number far above anything the process is using, so no other thread gets it by chance.</summary>
    private static int HighUnusedFd()
    {
        for (int fd = 900; fd > 300; fd--)
            if (!IsOpen(fd))
                return fd;
        Assert.Fail("no unused descriptor number found");
        return -1;
    }

    private static BioBase Make(string kind, int fd, int closeFlag) =>
        kind == "fd" ? new FdBio(fd, closeFlag) : new SocketBio(fd, closeFlag);

    private void MakeTransport(string kind)
    {
        if (kind == "fd")
            MakePipe();
        else
            MakeSocketPair();
    }

    [TestCase("fd")]
    [TestCase("socket")]
    public void EmptyNonBlockingDescriptorAsksForReadRetry(string kind)
    {
        MakeTransport(kind);
        BioBase reader = Make(kind, _a, BioBase.NoClose);
        Assert.That(reader.Read(new byte[16]), Is.EqualTo(-1));
        Assert.That(reader.ShouldRetry, Is.True);
        Assert.That(reader.ShouldRead, Is.True);
        Assert.That(reader.ShouldWrite, Is.False);
    }

    [TestCase("fd")]
    [TestCase("socket")]
    public void WrittenBytesAreReadBack(string kind)
    {
        MakeTransport(kind);
        BioBase reader = Make(kind, _a, BioBase.NoClose);
        BioBase writer = Make(kind, _b, BioBase.NoClose);
        byte[] message = Encoding.ASCII.GetBytes("hello, descriptor");

        Assert.That(writer.Write(message), Is.EqualTo(message.Length));
        Assert.That(writer.ShouldRetry, Is.False);
        WaitReadable(_a);

        var buffer = new byte[64];
        int n = reader.Read(buffer);
        Assert.That(n, Is.EqualTo(message.Length));
        Assert.That(buffer.AsSpan(0, n).ToArray(), Is.EqualTo(message));
        Assert.That(reader.ShouldRetry, Is.False);

        // A retry flag left by an empty read is gone after a successful one.
        Assert.That(reader.Read(buffer), Is.EqualTo(-1));
        Assert.That(reader.ShouldRetry, Is.True);
        writer.Write(message.AsSpan(0, 5));
        WaitReadable(_a);
        Assert.That(reader.Read(buffer), Is.EqualTo(5));
        Assert.That(reader.ShouldRetry, Is.False);
    }

    [TestCase("fd")]
    [TestCase("socket")]
    public void ClosedWriterGivesEndOfFileWithoutRetry(string kind)
    {
        MakeTransport(kind);
        BioBase reader = Make(kind, _a, BioBase.NoClose);
        Assert.That(reader.Read(new byte[8]), Is.EqualTo(-1));
        Assert.That(reader.ShouldRetry, Is.True);

        Assert.That(Syscall.close(_b), Is.Zero);
        _b = -1;
        WaitReadable(_a);

        Assert.That(reader.Read(new byte[8]), Is.Zero);
        Assert.That(reader.ShouldRetry, Is.False, "end of file is not a retry");
        Assert.That(reader.ShouldRead, Is.False);
    }

    [Test]
    public void FullSocketAsksForWriteRetry()
    {
        MakeSocketPair();
        BioBase writer = new SocketBio(_b, BioBase.NoClose);
        var chunk = new byte[64 * 1024];
        int total = 0;
        int n;
        for (int i = 0; i < 1000; i++)
        {
            n = writer.Write(chunk);
            if (n < 0)
                break;
            total += n;
        }
        n = writer.Write(chunk);
        Assert.That(n, Is.EqualTo(-1), $"the socket buffer should be full after {total} bytes");
        Assert.That(writer.ShouldRetry, Is.True);
        Assert.That(writer.ShouldWrite, Is.True);
        Assert.That(writer.ShouldRead, Is.False);
    }

    [TestCase("fd")]
    [TestCase("socket")]
    public void BadDescriptorFailsWithoutRetry(string kind)
    {
        int fd = HighUnusedFd();
        BioBase bio = Make(kind, fd, BioBase.NoClose);
        Assert.That(bio.Read(new byte[8]), Is.EqualTo(-1));
        Assert.That(bio.ShouldRetry, Is.False, "EBADF is not a retry");
        Assert.That(bio.Write(new byte[8]), Is.EqualTo(-1));
        Assert.That(bio.ShouldRetry, Is.False);
    }

    [TestCase("fd")]
    [TestCase("socket")]
    public void CloseFlagClosesTheDescriptorOnTheLastRelease(string kind)
    {
        MakeTransport(kind);
        int fd = HighUnusedFd();
        Assert.That(Syscall.dup2(_a, fd), Is.EqualTo(fd));

        BioBase bio = Make(kind, fd, BioBase.Close);
        bio.UpRef();
        Assert.That(bio.Release(), Is.False);
        Assert.That(IsOpen(fd), Is.True, "still referenced: the descriptor stays open");

        Assert.That(bio.Release(), Is.True);
        Assert.That(Syscall.fcntl(fd, FcntlCommand.F_GETFD), Is.EqualTo(-1));
        Assert.That(LastErrno(), Is.EqualTo(Errno.EBADF));
    }

    [TestCase("fd")]
    [TestCase("socket")]
    public void NoCloseFlagLeavesTheDescriptorOpen(string kind)
    {
        MakeTransport(kind);
        BioBase bio = Make(kind, _a, BioBase.NoClose);
        Assert.That(bio.Release(), Is.True);
        Assert.That(IsOpen(_a), Is.True);
    }

    [Test]
    public void TypesAreOpenSslsBioTypes()
    {
        // BIO_TYPE_FD and BIO_TYPE_SOCKET from OpenSSL's bio.h.
        Assert.That(new FdBio(0, BioBase.NoClose).Type, Is.EqualTo(4 | 0x0400 | 0x0100));
        Assert.That(new SocketBio(0, BioBase.NoClose).Type, Is.EqualTo(5 | 0x0400 | 0x0100));
    }
}
