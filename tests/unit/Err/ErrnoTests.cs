using System.Runtime.InteropServices;
using LibSsl.Posix;
using NUnit.Framework;

namespace LibSsl.Tests.Err;

/// <summary>
/// errno handed back to C: what the BIO layer kept is written into the
/// thread's errno once, by the export on its way out.
/// </summary>
[TestFixture]
public class ErrnoTests
{
    [Test]
    public void KeptValueIsAppliedOnce()
    {
        Errno.Keep(42);
        Marshal.SetLastSystemError(7);
        Errno.Apply();
        Assert.That(Marshal.GetLastSystemError(), Is.EqualTo(42));

        Marshal.SetLastSystemError(7);
        Errno.Apply();
        Assert.That(Marshal.GetLastSystemError(), Is.EqualTo(7), "nothing kept any more: errno untouched");
    }

    [Test]
    public void RetryErrnosAreRecognised()
    {
        Assert.That(Errno.IsRetry(11), Is.True, "EAGAIN");
        Assert.That(Errno.IsRetry(4), Is.True, "EINTR");
        Assert.That(Errno.IsRetry(115), Is.True, "EINPROGRESS");
        Assert.That(Errno.IsRetry(104), Is.False, "ECONNRESET");
        Assert.That(Errno.IsRetry(9), Is.False, "EBADF");
        Assert.That(Errno.IsRetry(0), Is.False);
    }
}
