using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Tests.Support;
using NUnit.Framework;
using Org.BouncyCastle.Tls;
using SslConnection = LibSsl.Ssl.Ssl;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// Our client state machine (Ssl over two in-memory BIOs) against
/// BouncyCastle's TLS server in the same process: the contract of
/// SSL_connect(3), SSL_read(3), SSL_write(3), SSL_pending(3),
/// SSL_shutdown(3) and SSL_get_error(3), without sockets.
/// </summary>
[TestFixture]
public class SslEndToEndTests
{
    private const int WantRead = 2;
    private const int WantWrite = 3;
    private const int ErrorSsl = 1;
    private const int ErrorSyscall = 5;
    private const int ZeroReturn = 6;

    /// <summary>One client, one server, and the two directions of the wire between them.</summary>
    private sealed class Link
    {
        public readonly QueueBio ToClient = new();   // the client's read BIO
        public readonly QueueBio ToServer = new();   // the client's write BIO
        public readonly SslConnection Client;
        public readonly TestServer Server;
        public int WantReadSeen;
        public int WantWriteSeen;

        public Link(TestIdentity identity, ProtocolVersion[] serverVersions, Action<SslConnection>? configure = null)
        {
            Server = new TestServer(identity, serverVersions);
            Client = new SslConnection(new SslContext(SslMethod.TlsClient));
            configure?.Invoke(Client);
            Client.SetBio(ToClient, ToServer);
        }

        /// <summary>Moves bytes both ways once.</summary>
        public void Pump()
        {
            Server.Receive(ToServer);
            Server.Send(ToClient);
        }

        /// <summary>Calls Connect until it returns something other than a retry, pumping between calls.</summary>
        public int Connect()
        {
            for (int i = 0; i < 50; i++)
            {
                int r = Client.Connect("test");
                if (r != -1)
                    return r;
                int e = Client.GetError(r);
                if (e == WantRead)
                    WantReadSeen++;
                else if (e == WantWrite)
                    WantWriteSeen++;
                else
                    return r;
                Pump();
            }
            Assert.Fail("handshake did not finish in 50 rounds");
            return 0;
        }

        public void Handshake()
        {
            Assert.That(Connect(), Is.EqualTo(1), "Connect");
            Pump(); // the client's Finished reaches the server
            Assert.That(Server.Failure, Is.Null, () => "server failed: " + Server.Failure);
            Assert.That(Server.Peer.HandshakeComplete, Is.True, "server finished its handshake");
        }
    }

    private static readonly ProtocolVersion[] Tls13And12 = ProtocolVersion.TLSv13.DownTo(ProtocolVersion.TLSv12);
    private static readonly ProtocolVersion[] Tls12Only = { ProtocolVersion.TLSv12 };

    private static TestIdentity Identity(string key) => key == "ecdsa" ? TestCertificates.EcdsaP256 : TestCertificates.Rsa2048;

    [SetUp]
    public void ClearErrors() => ErrorQueue.Clear();

    [TearDown]
    public void ClearErrorsAfter() => ErrorQueue.Clear();

    [TestCase("ecdsa", TlsVersion.Tls13)]
    [TestCase("ecdsa", TlsVersion.Tls12)]
    [TestCase("rsa", TlsVersion.Tls13)]
    [TestCase("rsa", TlsVersion.Tls12)]
    public void HandshakeNegotiatesTheExpectedVersion(string key, int version)
    {
        var link = new Link(Identity(key), Tls13And12, c => c.MaxVersion = version);
        Assert.That(link.Client.Version, Is.EqualTo(TlsVersion.Any), "no version before the handshake");
        Assert.That(link.Client.HandshakeDone, Is.False);
        Assert.That(link.Client.CurrentCipher, Is.Null, "no cipher before the handshake");

        link.Handshake();

        Assert.That(link.WantReadSeen, Is.GreaterThanOrEqualTo(1), "Connect said WANT_READ while waiting");
        Assert.That(link.Client.HandshakeDone, Is.True);
        Assert.That(link.Client.Version, Is.EqualTo(version));
        Assert.That(link.Client.CurrentCipher, Is.Not.Null);
        Assert.That(link.Client.CurrentCipher!.Name, Is.Not.Null.And.Not.Empty);
        Assert.That(link.Client.CurrentCipher.Info.Tls13, Is.EqualTo(version == TlsVersion.Tls13));
        if (version == TlsVersion.Tls12)
            Assert.That(link.Client.CurrentCipher.Info.Au, Is.EqualTo(key == "ecdsa" ? "ECDSA" : "RSA"));
        Assert.That(link.Client.CurrentCipher.Info.Id,
            Is.EqualTo(link.Server.Peer.ServerContext.SecurityParameters.CipherSuite), "both ends agree on the suite");
        Assert.That(ErrorQueue.Count, Is.Zero);
        // A finished handshake: Connect again is a no-op success.
        Assert.That(link.Client.Connect("test"), Is.EqualTo(1));
        Assert.That(link.ToServer.Available, Is.Zero);
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void ServerNameIsSentWhenSet(int version)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12, c =>
        {
            c.MaxVersion = version;
            c.ServerName = "www.example.test";
        });
        link.Handshake();
        Assert.That(link.Server.Peer.ClientServerNames, Is.EqualTo(new[] { "www.example.test" }));
    }

    [Test]
    public void NoServerNameExtensionWithoutAName()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.Handshake();
        Assert.That(link.Server.Peer.ClientServerNames, Is.Null);
    }

    [Test]
    public void WantReadIsReportedWhileTheServerIsSilent()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantRead));
        Assert.That(link.ToServer.Available, Is.GreaterThan(0), "the ClientHello was written");
        Assert.That(link.ToServer.Peek()[0], Is.EqualTo(ContentType.handshake));

        // Asking again without new input changes nothing and sends nothing twice.
        int sent = link.ToServer.Available;
        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantRead));
        Assert.That(link.ToServer.Available, Is.EqualTo(sent));
        Assert.That(ErrorQueue.Count, Is.Zero);
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void LargeWriteArrivesIntact(int version)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12, c => c.MaxVersion = version);
        link.Handshake();

        byte[] data = new byte[100 * 1024];
        new Random(1234).NextBytes(data);
        Assert.That(link.Client.Write(data, 0, "test"), Is.EqualTo(data.Length));
        link.Server.Receive(link.ToServer);

        Assert.That(link.Server.Failure, Is.Null);
        byte[] received = link.Server.ReadApplicationData();
        Assert.That(received.Length, Is.EqualTo(data.Length));
        Assert.That(received, Is.EqualTo(data));
    }

    [Test]
    public void PartialWriteModeWritesOneRecordPerCall()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.Handshake();
        link.Client.Mode |= SslOptions.ModeEnablePartialWrite;

        byte[] data = new byte[40_000];
        new Random(5).NextBytes(data);
        int done = 0, calls = 0;
        while (done < data.Length)
        {
            int r = link.Client.Write(data.AsSpan(done), 0, "test");
            Assert.That(r, Is.InRange(1, 16384));
            done += r;
            calls++;
        }
        Assert.That(calls, Is.EqualTo(3));
        link.Server.Receive(link.ToServer);
        Assert.That(link.Server.ReadApplicationData(), Is.EqualTo(data));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void RetryWithAnotherBufferIsBadWriteRetryUnlessMovingIsAllowed(bool moving)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.Handshake();
        if (moving)
            link.Client.Mode |= SslOptions.ModeAcceptMovingWriteBuffer;

        byte[] data = new byte[20_000];
        link.ToServer.WriteBlocked = true;
        Assert.That(link.Client.Write(data, 1, "test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantWrite));
        link.ToServer.WriteBlocked = false;

        // A shorter buffer is refused in either mode.
        Assert.That(link.Client.Write(data.AsSpan(0, 100), 2, "test"), Is.EqualTo(-1));
        Assert.That(ErrorCode.GetReason(ErrorQueue.Get().Code), Is.EqualTo(SslReason.BadWriteRetry));

        int r = link.Client.Write(data, 2, "test");   // same length, another buffer
        if (moving)
        {
            Assert.That(r, Is.EqualTo(data.Length));
        }
        else
        {
            Assert.That(r, Is.EqualTo(-1));
            Assert.That(ErrorCode.GetReason(ErrorQueue.Get().Code), Is.EqualTo(SslReason.BadWriteRetry));
            Assert.That(link.Client.Write(data, 1, "test"), Is.EqualTo(data.Length), "the same buffer still completes");
        }
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void WriteRetriedAfterWantWriteSendsEachByteOnce(int version)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12, c => c.MaxVersion = version);
        link.Handshake();

        byte[] data = new byte[40_000];
        new Random(99).NextBytes(data);
        link.ToServer.WriteBudget = 1000;      // the transport takes 1000 bytes, then is full
        int wantWrite = 0;
        int r;
        while ((r = link.Client.Write(data, 0, "test")) == -1)
        {
            Assert.That(link.Client.GetError(r), Is.EqualTo(WantWrite));
            Assert.That(ErrorQueue.Count, Is.Zero);
            Assert.That(++wantWrite, Is.LessThan(100));
            // The server drains some of it: room for 7000 more bytes.
            link.Server.Receive(link.ToServer);
            link.ToServer.WriteBudget = 7000;
        }
        Assert.That(r, Is.EqualTo(data.Length));
        Assert.That(wantWrite, Is.GreaterThanOrEqualTo(2), "the write was interrupted and retried");

        link.Server.Receive(link.ToServer);
        Assert.That(link.Server.Failure, Is.Null, () => "server: " + link.Server.Failure);
        Assert.That(link.Server.ReadApplicationData(), Is.EqualTo(data), "every byte once, in order");

        // The connection is still in step: a second write goes through whole.
        link.ToServer.WriteBudget = null;
        Assert.That(link.Client.Write(data.AsSpan(0, 10), 0, "test"), Is.EqualTo(10));
        link.Server.Receive(link.ToServer);
        Assert.That(link.Server.ReadApplicationData(), Is.EqualTo(data.Take(10).ToArray()));
    }

    [Test]
    public void WantWriteDuringTheHandshake()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.ToServer.WriteBlocked = true;
        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantWrite));
        Assert.That(link.ToServer.Available, Is.Zero);

        link.ToServer.WriteBlocked = false;
        link.Handshake();
        Assert.That(link.Client.Version, Is.EqualTo(TlsVersion.Tls13));
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void ServerDataIsReadAndPendingCountsWhatIsLeft(int version)
    {
        var link = new Link(TestCertificates.Rsa2048, Tls13And12, c => c.MaxVersion = version);
        link.Handshake();

        byte[] message = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("server says hello. ", 50)));
        link.Server.WriteApplicationData(message);
        link.Server.Send(link.ToClient);

        Assert.That(link.Client.Pending, Is.Zero, "nothing is decrypted before SSL_read (no read-ahead)");

        var first = new byte[100];
        Assert.That(link.Client.Read(first, "test"), Is.EqualTo(100));
        Assert.That(first, Is.EqualTo(message.Take(100).ToArray()));
        Assert.That(link.Client.Pending, Is.EqualTo(message.Length - 100));

        var rest = new byte[4096];
        int n = link.Client.Read(rest, "test");
        Assert.That(n, Is.EqualTo(message.Length - 100));
        Assert.That(rest.Take(n).ToArray(), Is.EqualTo(message.Skip(100).ToArray()));
        Assert.That(link.Client.Pending, Is.Zero);

        // Nothing more: a retry, not an error.
        Assert.That(link.Client.Read(rest, "test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantRead));
        Assert.That(ErrorQueue.Count, Is.Zero);
    }

    [Test]
    public void ReadTakesOnlyOneRecordFromTheBio()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.Handshake();

        link.Server.WriteApplicationData(Encoding.ASCII.GetBytes("first"));
        int firstRecord = link.Server.Send(link.ToClient);
        link.Server.WriteApplicationData(Encoding.ASCII.GetBytes("second"));
        int secondRecord = link.Server.Send(link.ToClient);

        var buffer = new byte[64];
        Assert.That(link.Client.Read(buffer, "test"), Is.EqualTo(5));
        Assert.That(link.ToClient.Available, Is.EqualTo(secondRecord), "the second record is still in the BIO");
        Assert.That(firstRecord, Is.GreaterThan(5));
        Assert.That(link.Client.Read(buffer, "test"), Is.EqualTo(6));
        Assert.That(Encoding.ASCII.GetString(buffer, 0, 6), Is.EqualTo("second"));
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void ServerCloseNotifyIsZeroReturn(int version)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12, c => c.MaxVersion = version);
        link.Handshake();

        link.Server.Protocol.Close();
        link.Server.Send(link.ToClient);

        var buffer = new byte[16];
        Assert.That(link.Client.Read(buffer, "test"), Is.Zero);
        Assert.That(link.Client.GetError(0), Is.EqualTo(ZeroReturn));
        Assert.That(link.Client.ShutdownState & SslConnection.ReceivedShutdown, Is.Not.Zero);
        Assert.That(ErrorQueue.Count, Is.Zero);
        // Reading again still says the same.
        Assert.That(link.Client.Read(buffer, "test"), Is.Zero);
        Assert.That(link.Client.GetError(0), Is.EqualTo(ZeroReturn));

        // Our close_notify in answer completes the shutdown at once.
        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(1));
        Assert.That(link.ToServer.Available, Is.GreaterThan(0), "our close_notify was sent");
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void ShutdownIsZeroThenOneAfterThePeersCloseNotify(int version)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12, c => c.MaxVersion = version);
        link.Handshake();

        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(0), "close_notify sent, the peer's not yet received");
        Assert.That(link.Client.ShutdownState, Is.EqualTo(SslConnection.SentShutdown));

        link.Server.Receive(link.ToServer);
        Assert.That(link.Server.Peer.AlertsReceived, Does.Contain(((short)AlertLevel.warning, (short)AlertDescription.close_notify)));
        Assert.That(link.Server.Failure, Is.Null);

        // Before the peer answers, a second call waits.
        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantRead));

        link.Server.Send(link.ToClient);     // BouncyCastle answers with its own close_notify
        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(1));
        Assert.That(link.Client.ShutdownState, Is.EqualTo(SslConnection.SentShutdown | SslConnection.ReceivedShutdown));
        Assert.That(ErrorQueue.Count, Is.Zero);
    }

    [TestCase(TlsVersion.Tls13)]
    [TestCase(TlsVersion.Tls12)]
    public void ShutdownRetriedAfterWantWriteReturnsZeroOnceCloseNotifyIsOut(int version)
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12, c => c.MaxVersion = version);
        link.Handshake();

        link.ToServer.WriteBlocked = true;
        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantWrite));

        link.ToServer.WriteBlocked = false;
        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(0), "the call that sends close_notify reports 0, as OpenSSL");
        link.Server.Receive(link.ToServer);
        Assert.That(link.Server.Peer.AlertsReceived, Does.Contain(((short)AlertLevel.warning, (short)AlertDescription.close_notify)));
    }

    [Test]
    public void WriteAfterShutdownIsRefused()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.Handshake();
        Assert.That(link.Client.Shutdown("test"), Is.EqualTo(0));
        Assert.That(link.Client.Write(new byte[1], 0, "test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(ErrorSsl));
        Assert.That(ErrorCode.GetReason(ErrorQueue.PeekFirst().Code), Is.EqualTo(SslReason.ProtocolIsShutdown));
    }

    [Test]
    public void EndOfFileBeforeTheServerSpeaksIsSyscallError()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(WantRead));

        link.ToClient.Eof = true;    // the transport closes
        Assert.That(link.Client.Connect("test"), Is.EqualTo(0));
        Assert.That(link.Client.GetError(0), Is.EqualTo(ErrorSyscall));
        Assert.That(ErrorQueue.Count, Is.Zero, "LibreSSL: SSL_ERROR_SYSCALL with an empty queue and errno 0");

        // The export writes the kept errno back on its way out: 0 for end of file.
        Marshal.SetLastSystemError(99);
        LibSsl.Posix.Errno.Apply();
        Assert.That(Marshal.GetLastSystemError(), Is.Zero);
    }

    [Test]
    public void EndOfFileInsideTheServersFlightIsSyscallError()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        link.Server.Receive(link.ToServer);
        var flight = new QueueBio();
        int length = link.Server.Send(flight);
        Assert.That(length, Is.GreaterThan(100));

        // Deliver the ServerHello record whole and the next record only in part.
        byte[] bytes = flight.DrainAll();
        int firstRecord = 5 + ((bytes[3] << 8) | bytes[4]);
        link.ToClient.Enqueue(bytes.AsSpan(0, firstRecord + 10));
        link.ToClient.Eof = true;

        Assert.That(link.Client.Connect("test"), Is.EqualTo(0));
        Assert.That(link.Client.GetError(0), Is.EqualTo(ErrorSyscall));
        Assert.That(ErrorQueue.Count, Is.Zero);
        Assert.That(link.Client.HandshakeDone, Is.False);
    }

    [Test]
    public void PlainTextReplyIsWrongVersionNumber()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.ToClient.Enqueue(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"));

        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(ErrorSsl));
        uint code = ErrorQueue.PeekFirst().Code;
        Assert.That(ErrorCode.GetLib(code), Is.EqualTo(ErrorCode.LibSsl));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(SslReason.WrongVersionNumber));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(267));
        Assert.That(ErrorText.Format(code), Is.EqualTo("error:0A00010B:SSL routines::wrong version number"));
        Assert.That(ErrorQueue.PeekFirst().Function, Is.EqualTo("test"));
    }

    [Test]
    public void Tls13OnlyClientAgainstTls12OnlyServerFailsWithPeersProtocolVersionAlert()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls12Only, c => c.MinVersion = TlsVersion.Tls13);

        int r = link.Connect();

        Assert.That(r, Is.EqualTo(-1));
        Assert.That(link.Client.GetError(r), Is.EqualTo(ErrorSsl));
        // What BouncyCastle's server does when no version is shared: a fatal protocol_version alert.
        Assert.That(link.Server.Failure, Is.InstanceOf<TlsFatalAlert>());
        Assert.That(((TlsFatalAlert)link.Server.Failure!).AlertDescription, Is.EqualTo(AlertDescription.protocol_version));
        Assert.That(link.Server.Peer.AlertsRaised, Does.Contain(((short)AlertLevel.fatal, (short)AlertDescription.protocol_version)));
        // ... which our client reports as SSL_AD_REASON_OFFSET + 70.
        uint code = ErrorQueue.PeekFirst().Code;
        Assert.That(ErrorCode.GetLib(code), Is.EqualTo(ErrorCode.LibSsl));
        Assert.That(ErrorCode.GetReason(code), Is.EqualTo(1070));
        Assert.That(ErrorText.Reason(code), Is.EqualTo("tlsv1 alert protocol version"));
        Assert.That(link.Client.Version, Is.EqualTo(TlsVersion.Any));
    }

    [Test]
    public void FailedConnectionStaysFailed()
    {
        var link = new Link(TestCertificates.EcdsaP256, Tls13And12);
        link.ToClient.Enqueue(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"));
        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        ErrorQueue.Clear();

        Assert.That(link.Client.Connect("test"), Is.EqualTo(-1));
        Assert.That(link.Client.GetError(-1), Is.EqualTo(ErrorSsl));
        Assert.That(ErrorQueue.Count, Is.GreaterThan(0));
    }

    [Test]
    public void NoBioIsAnError()
    {
        var client = new SslConnection(new SslContext(SslMethod.TlsClient));
        Assert.That(client.Connect("test"), Is.EqualTo(-1));
        Assert.That(client.GetError(-1), Is.EqualTo(ErrorSsl));
        Assert.That(ErrorCode.GetReason(ErrorQueue.PeekFirst().Code), Is.EqualTo(SslReason.BioNotSet));
    }
}
