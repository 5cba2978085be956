using System.Collections.Generic;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Tests.Support;
using NUnit.Framework;
using SslConnection = LibSsl.Ssl.Ssl;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// A server answers a bad first record with the fatal alert, in a plaintext
/// record, although the engine stays silent until a valid ClientHello
/// (the hostile peer scenarios server-* check the same against OpenSSL).
/// </summary>
[TestFixture]
public class AlertBeforeHelloTests
{
    [SetUp]
    public void ClearErrors() => ErrorQueue.Clear();

    private static (SslConnection Server, QueueBio In, QueueBio Out) Server()
    {
        var ctx = new SslContext(SslMethod.TlsServer);
        TestIdentity id = TestCertificates.EcdsaP256;
        ctx.Identity.SetChain(new List<Org.BouncyCastle.X509.X509Certificate> { id.Certificate });
        ctx.Identity.SetKey(id.PrivateKey, out _);
        var input = new QueueBio();
        var output = new QueueBio();
        var server = new SslConnection(ctx);
        server.SetBio(input, output);
        server.SetAcceptState();
        return (server, input, output);
    }

    [TestCase(new byte[] { 23, 3, 1, 0, 5, 1, 2, 3, 4, 5 }, 10, TestName = "application data first: unexpected_message")]
    [TestCase(new byte[] { 20, 3, 1, 0, 1, 1 }, 10, TestName = "ChangeCipherSpec first: unexpected_message")]
    [TestCase(new byte[] { 22, 3, 1, 0x40, 1 }, 22, TestName = "a plaintext record over 2^14: record_overflow")]
    public void TheAlertGoesOutInPlaintext(byte[] first, int alert)
    {
        var (server, input, output) = Server();
        input.Enqueue(first);
        Assert.That(server.Accept("test"), Is.EqualTo(-1));
        Assert.That(server.GetError(-1), Is.EqualTo(SslConnection.ErrorSsl));
        Assert.That(ErrorQueue.PeekFirst().Code, Is.Not.EqualTo(0u), "a reason is queued");
        Assert.That(output.DrainAll(), Is.EqualTo(new byte[] { 21, 3, 3, 0, 2, 2, (byte)alert }));
    }

    [Test]
    public void BytesThatAreNotTlsGetNoAnswer()
    {
        var (server, input, output) = Server();
        input.Enqueue(System.Text.Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n\r\n"));
        Assert.That(server.Accept("test"), Is.EqualTo(-1));
        Assert.That(ErrorQueue.PeekFirst().Code, Is.Not.EqualTo(0u));
        Assert.That(output.Available, Is.EqualTo(0));
    }
}
