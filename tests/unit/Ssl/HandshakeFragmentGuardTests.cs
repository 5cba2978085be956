using System;
using System.Linq;
using LibSsl.Ssl;
using NUnit.Framework;
using Org.BouncyCastle.Tls;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// RFC 8446 5.1: no other record inside a handshake message, checked while
/// the records are plaintext (the hostile peer scenarios alert-mid-hello
/// and alert-mid-message drive it end to end).
/// </summary>
[TestFixture]
public class HandshakeFragmentGuardTests
{
    private static byte[] Record(short type, params byte[] body) =>
        new byte[] { (byte)type, 3, 3, (byte)(body.Length >> 8), (byte)body.Length }.Concat(body).ToArray();

    private static readonly byte[] Warning = { 1, 90 };

    // A handshake message of type 1 with a 6-byte body.
    private static readonly byte[] Message = { 1, 0, 0, 6, 10, 11, 12, 13, 14, 15 };

    private static void Check(HandshakeFragmentGuard guard, byte[] record) => guard.Check(record, record.Length);

    private static void AssertRefused(HandshakeFragmentGuard guard, byte[] record)
    {
        var e = Assert.Throws<TlsFatalAlert>(() => Check(guard, record));
        Assert.That(e!.AlertDescription, Is.EqualTo(AlertDescription.unexpected_message));
    }

    [Test]
    public void AnAlertBetweenTwoFragmentsOfOneMessageIsRefused()
    {
        var guard = new HandshakeFragmentGuard();
        Check(guard, Record(ContentType.handshake, Message.Take(7).ToArray()));
        Assert.That(guard.InsideMessage, Is.True);
        AssertRefused(guard, Record(ContentType.alert, Warning));
    }

    [Test]
    public void AnAlertInsideASplitMessageHeaderIsRefused()
    {
        var guard = new HandshakeFragmentGuard();
        Check(guard, Record(ContentType.handshake, Message[0]));
        Check(guard, Record(ContentType.handshake, Message[1]));
        AssertRefused(guard, Record(ContentType.alert, Warning));
    }

    [Test]
    public void AnAlertBetweenWholeMessagesPasses()
    {
        var guard = new HandshakeFragmentGuard();
        // The message in 1-byte records, then an empty-bodied one (ServerHelloDone).
        foreach (byte b in Message)
            Check(guard, Record(ContentType.handshake, b));
        Check(guard, Record(ContentType.handshake, 14, 0, 0, 0));
        Assert.That(guard.InsideMessage, Is.False);
        Assert.DoesNotThrow(() => Check(guard, Record(ContentType.alert, Warning)));
    }

    [Test]
    public void TwoMessagesInOneRecordEndOnABoundary()
    {
        var guard = new HandshakeFragmentGuard();
        Check(guard, Record(ContentType.handshake, Message.Concat(Message).ToArray()));
        Assert.That(guard.InsideMessage, Is.False);
    }

    [Test]
    public void AChangeCipherSpecInsideAMessageIsRefusedToo()
    {
        var guard = new HandshakeFragmentGuard();
        Check(guard, Record(ContentType.handshake, Message.Take(3).ToArray()));
        AssertRefused(guard, Record(ContentType.change_cipher_spec, 1));
    }

    [Test]
    public void AfterTheFirstEncryptedRecordTheGuardStepsAside()
    {
        var guard = new HandshakeFragmentGuard();
        Check(guard, Record(ContentType.handshake, Message));
        Check(guard, Record(ContentType.application_data, 1, 2, 3));
        // An encrypted handshake record's contents are not message headers.
        Check(guard, Record(ContentType.handshake, 1, 0xff, 0xff));
        Assert.DoesNotThrow(() => Check(guard, Record(ContentType.alert, Warning)));
    }
}
