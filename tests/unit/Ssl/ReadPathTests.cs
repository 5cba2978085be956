using System;
using System.Collections.Generic;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Tests.Support;
using NUnit.Framework;
using SslConnection = LibSsl.Ssl.Ssl;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// The data path after its buffers were made lazy and SSL_read stopped
/// copying through a buffer of ours: records of every size, reads in
/// pieces smaller and larger than a record, SSL_peek before SSL_read, and
/// SSL_pending in between, all against the bytes that were written.
/// </summary>
[TestFixture]
public class ReadPathTests
{
    [SetUp]
    public void ClearErrors() => ErrorQueue.Clear();

    private static (SslConnection Client, SslConnection Server) Connected()
    {
        var toServer = new QueueBio();
        var toClient = new QueueBio();
        var serverCtx = new SslContext(SslMethod.TlsServer);
        serverCtx.Identity.SetChain(new List<Org.BouncyCastle.X509.X509Certificate> { TestCertificates.EcdsaP256.Certificate });
        serverCtx.Identity.SetKey(TestCertificates.EcdsaP256.PrivateKey, out _);
        var server = new SslConnection(serverCtx);
        var client = new SslConnection(new SslContext(SslMethod.TlsClient));
        client.SetBio(toClient, toServer);
        server.SetBio(toServer, toClient);
        int c = 0, s = 0;
        for (int i = 0; i < 20 && (c != 1 || s != 1); i++)
        {
            if (c != 1)
                c = client.Connect("client");
            if (s != 1)
                s = server.Accept("server");
        }
        Assert.That((c, s), Is.EqualTo((1, 1)));
        return (client, server);
    }

    private static byte[] Random(int length, int seed)
    {
        var data = new byte[length];
        new System.Random(seed).NextBytes(data);
        return data;
    }

    [Test]
    public void ReadsInPiecesOfEverySizeGiveBackWhatWasWritten()
    {
        var (client, server) = Connected();
        // Three full records and a short one, written in one call: the
        // engine has all four ready at once for the output buffer.
        byte[] data = Random(3 * 16384 + 1234, 1);
        Assert.That(client.Write(data, 0, "client"), Is.EqualTo(data.Length));

        int[] boundaries = { 16384, 2 * 16384, 3 * 16384, data.Length };
        int[] sizes = { 1, 7, 4096, 16384, 20000, 3, 16383 };
        var got = new List<byte>();
        for (int i = 0; got.Count < data.Length; i++)
        {
            byte[] buf = new byte[sizes[i % sizes.Length]];
            int n = server.Read(buf, "server");
            Assert.That(n, Is.GreaterThan(0), () => $"read {n}, error {server.GetError(n)}");
            got.AddRange(buf[..n]);
            // What is left of the record just opened is pending, no more:
            // records never merge in one read.
            int recordEnd = Array.Find(boundaries, b => b >= got.Count);
            Assert.That(server.Pending, Is.EqualTo(recordEnd - got.Count));
            Assert.That(n, Is.LessThanOrEqualTo(16384));
        }
        Assert.That(got.ToArray(), Is.EqualTo(data));
        Assert.That(server.Pending, Is.EqualTo(0));
    }

    [Test]
    public void PeekShowsWhatTheNextReadTakes()
    {
        var (client, server) = Connected();
        byte[] data = Random(5000, 2);
        Assert.That(client.Write(data, 0, "client"), Is.EqualTo(data.Length));

        byte[] peeked = new byte[10];
        Assert.That(server.Read(peeked, "server", peek: true), Is.EqualTo(10));
        Assert.That(peeked, Is.EqualTo(data[..10]));
        Assert.That(server.Pending, Is.EqualTo(5000));

        // A bigger peek sees the same start; a read then takes from the start.
        byte[] more = new byte[100];
        Assert.That(server.Read(more, "server", peek: true), Is.EqualTo(100));
        Assert.That(more, Is.EqualTo(data[..100]));
        byte[] first = new byte[30];
        Assert.That(server.Read(first, "server"), Is.EqualTo(30));
        Assert.That(first, Is.EqualTo(data[..30]));
        Assert.That(server.Pending, Is.EqualTo(4970));

        byte[] rest = new byte[8000];
        int n = server.Read(rest, "server");
        Assert.That(n, Is.EqualTo(4970));
        Assert.That(rest[..n], Is.EqualTo(data[30..]));
    }

    [Test]
    public void RecordsGrowingInSizeArriveWhole()
    {
        var (client, server) = Connected();
        // The read and write buffers start small and grow with the records.
        foreach (int size in new[] { 1, 100, 1023, 1025, 5000, 16384, 2, 16384 })
        {
            byte[] data = Random(size, size);
            Assert.That(client.Write(data, 0, "client"), Is.EqualTo(size));
            byte[] buf = new byte[size + 10];
            Assert.That(server.Read(buf, "server"), Is.EqualTo(size));
            Assert.That(buf[..size], Is.EqualTo(data));

            // And back the other way.
            Assert.That(server.Write(data, 0, "server"), Is.EqualTo(size));
            Assert.That(client.Read(buf, "client"), Is.EqualTo(size));
            Assert.That(buf[..size], Is.EqualTo(data));
        }
    }

    [Test]
    public void AZeroLengthReadTakesNothing()
    {
        var (client, server) = Connected();
        Assert.That(client.Write(new byte[] { 1, 2, 3 }, 0, "client"), Is.EqualTo(3));
        byte[] buf = new byte[8];
        // Nothing is decrypted until a read asks for data; then 3 are pending.
        Assert.That(server.Read(Span<byte>.Empty, "server"), Is.EqualTo(0));
        Assert.That(server.Pending, Is.EqualTo(3));
        Assert.That(server.Read(buf, "server"), Is.EqualTo(3));
        Assert.That(buf[..3], Is.EqualTo(new byte[] { 1, 2, 3 }));
    }
}
