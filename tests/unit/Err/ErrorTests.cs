using System.Threading;
using LibSsl.Err;
using NUnit.Framework;

namespace LibSsl.Tests.Err;

[TestFixture]
public class ErrorCodeTests
{
    [Test]
    public void SslReasonPacksLibraryAndReason()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSsl, SslReason.WrongVersionNumber);
        Assert.That(code, Is.EqualTo((20u << 23) | 267u));
        Assert.That(code, Is.EqualTo(0x0A00010Bu));
        Assert.That(ErrorCode.GetLib(code), Is.EqualTo(20));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(267));
        Assert.That(code & ErrorCode.SystemFlag, Is.Zero);
    }

    [Test]
    public void SystemErrorKeepsErrnoBehindTheTopBit()
    {
        const int EConnReset = 104;
        uint code = ErrorCode.Pack(ErrorCode.LibSys, EConnReset);
        Assert.That(code, Is.EqualTo(0x80000000u | 104u));
        Assert.That(ErrorCode.GetLib(code), Is.EqualTo(ErrorCode.LibSys));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(EConnReset));
    }

    [Test]
    public void CommonReasonKeepsItsFlagBits()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSsl, ErrorCode.RPassedNullParameter);
        Assert.That(ErrorCode.GetLib(code), Is.EqualTo(20));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(ErrorCode.RPassedNullParameter));
        Assert.That(ErrorCode.IsCommonReason(ErrorCode.GetReason(code)), Is.True);
        Assert.That(ErrorCode.IsCommonReason(SslReason.WrongVersionNumber), Is.False);
        // OpenSSL 3: ERR_R_PASSED_NULL_PARAMETER is 258 | ERR_RFLAG_FATAL | ERR_RFLAG_COMMON.
        Assert.That(code, Is.EqualTo((20u << 23) | (0x3u << 18) | 258u));
    }

    [Test]
    public void ReasonOutsideTheReasonFieldDoesNotLeakIntoTheLibrary()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSsl, 0x7FFFFF + 1 + 5);
        Assert.That(ErrorCode.GetLib(code), Is.EqualTo(20));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(5));
    }
}

[TestFixture]
public class ErrorQueueTests
{
    [SetUp]
    public void SetUp() => ErrorQueue.Clear();

    [TearDown]
    public void TearDown() => ErrorQueue.Clear();

    [Test]
    public void EmptyQueueAnswersZero()
    {
        Assert.That(ErrorQueue.Count, Is.Zero);
        Assert.That(ErrorQueue.Get().Code, Is.Zero);
        Assert.That(ErrorQueue.PeekFirst().Code, Is.Zero);
        Assert.That(ErrorQueue.PeekLast().Code, Is.Zero);
    }

    [Test]
    public void QueueIsFirstInFirstOut()
    {
        ErrorQueue.PushSsl(1, "a");
        ErrorQueue.PushSsl(2, "b", "data");
        ErrorQueue.Push(ErrorCode.LibSys, 11, "c");

        ErrorEntry first = ErrorQueue.Get();
        Assert.That(first.Code, Is.EqualTo(ErrorCode.Pack(20, 1)));
        Assert.That(first.Function, Is.EqualTo("a"));
        ErrorEntry second = ErrorQueue.Get();
        Assert.That(second.Code, Is.EqualTo(ErrorCode.Pack(20, 2)));
        Assert.That(second.Data, Is.EqualTo("data"));
        Assert.That(ErrorQueue.Get().Code, Is.EqualTo(0x80000000u | 11u));
        Assert.That(ErrorQueue.Get().Code, Is.Zero);
    }

    [Test]
    public void PeeksDoNotRemove()
    {
        ErrorQueue.PushSsl(10, "f");
        ErrorQueue.PushSsl(20, "f");
        ErrorQueue.PushSsl(30, "f");

        Assert.That(ErrorQueue.PeekFirst().Code, Is.EqualTo(ErrorCode.Pack(20, 10)));
        Assert.That(ErrorQueue.PeekLast().Code, Is.EqualTo(ErrorCode.Pack(20, 30)));
        Assert.That(ErrorQueue.Count, Is.EqualTo(3));
        Assert.That(ErrorQueue.Get().Code, Is.EqualTo(ErrorCode.Pack(20, 10)));
        Assert.That(ErrorQueue.PeekFirst().Code, Is.EqualTo(ErrorCode.Pack(20, 20)));
        Assert.That(ErrorQueue.PeekLast().Code, Is.EqualTo(ErrorCode.Pack(20, 30)));
    }

    [Test]
    public void QueueKeepsTheNewestSixteen()
    {
        for (int i = 1; i <= 20; i++)
            ErrorQueue.PushSsl(i, "f");

        Assert.That(ErrorQueue.Count, Is.EqualTo(16));
        Assert.That(ErrorQueue.PeekFirst().Code, Is.EqualTo(ErrorCode.Pack(20, 5)), "entries 1..4 fell off");
        Assert.That(ErrorQueue.PeekLast().Code, Is.EqualTo(ErrorCode.Pack(20, 20)));
        for (int i = 5; i <= 20; i++)
            Assert.That(ErrorCode.GetReason(ErrorQueue.Get().Code), Is.EqualTo(i));
        Assert.That(ErrorQueue.Count, Is.Zero);
    }

    [Test]
    public void ClearEmptiesTheQueue()
    {
        ErrorQueue.PushSsl(1, "f");
        ErrorQueue.PushSsl(2, "f");
        ErrorQueue.Clear();
        Assert.That(ErrorQueue.Count, Is.Zero);
        Assert.That(ErrorQueue.PeekFirst().Code, Is.Zero);
        Assert.That(ErrorQueue.PeekLast().Code, Is.Zero);
    }

    [Test]
    public void EachThreadHasItsOwnQueue()
    {
        ErrorQueue.PushSsl(SslReason.WrongVersionNumber, "main");

        int otherCountBefore = -1;
        uint otherPeek = 1;
        uint otherGot = 0;
        var other = new Thread(() =>
        {
            otherCountBefore = ErrorQueue.Count;
            otherPeek = ErrorQueue.PeekFirst().Code;
            ErrorQueue.PushSsl(SslReason.BadPacket, "other");
            otherGot = ErrorQueue.Get().Code;
            ErrorQueue.PushSsl(SslReason.BadLength, "other");  // left behind on that thread
        });
        other.Start();
        Assert.That(other.Join(10_000), Is.True);

        Assert.That(otherCountBefore, Is.Zero, "the other thread must not see this thread's error");
        Assert.That(otherPeek, Is.Zero);
        Assert.That(otherGot, Is.EqualTo(ErrorCode.Pack(20, SslReason.BadPacket)));

        Assert.That(ErrorQueue.Count, Is.EqualTo(1), "the other thread's errors must not show here");
        Assert.That(ErrorQueue.Get().Code, Is.EqualTo(ErrorCode.Pack(20, SslReason.WrongVersionNumber)));
    }
}

[TestFixture]
public class ErrorTextTests
{
    [Test]
    public void WrongVersionNumberInOpenSsl3Form()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSsl, 267);
        Assert.That(code, Is.EqualTo((20u << 23) | 267u));
        Assert.That(ErrorText.Format(code), Is.EqualTo("error:0A00010B:SSL routines::wrong version number"));
    }

    [Test]
    public void PeerAlertIsNamedByItsAlert()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSsl, SslReason.AlertOffset + 70);
        Assert.That(ErrorText.Format(code), Is.EqualTo("error:0A00042E:SSL routines::tlsv1 alert protocol version"));
    }

    [Test]
    public void CommonReasonUsesTheSharedText()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSsl, ErrorCode.RPassedNullParameter);
        Assert.That(ErrorText.Reason(code), Is.EqualTo("passed a null parameter"));
        Assert.That(ErrorText.Format(code), Is.EqualTo("error:0A0C0102:SSL routines::passed a null parameter"));
    }

    [Test]
    public void SystemErrorIsDescribedByStrerror()
    {
        uint code = ErrorCode.Pack(ErrorCode.LibSys, 104);
        Assert.That(ErrorText.Lib(code), Is.EqualTo("system library"));
        Assert.That(ErrorText.Format(code), Is.EqualTo("error:80000068:system library::Connection reset by peer"));
    }

    [Test]
    public void UnknownLibraryAndReasonAreShownByNumber()
    {
        uint code = ErrorCode.Pack(99, 4242);
        Assert.That(ErrorText.Lib(code), Is.Null);
        Assert.That(ErrorText.Reason(code), Is.Null);
        Assert.That(ErrorText.Format(code), Is.EqualTo("error:31801092:lib(99)::reason(4242)"));
    }

    [Test]
    public void ZeroHasNoText()
    {
        Assert.That(ErrorText.Lib(0), Is.Null);
        Assert.That(ErrorText.Reason(0), Is.Null);
    }
}
