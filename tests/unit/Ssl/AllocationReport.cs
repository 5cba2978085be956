using System;
using System.Collections.Generic;
using LibSsl.Ssl;
using LibSsl.Tests.Support;
using NUnit.Framework;
using SslConnection = LibSsl.Ssl.Ssl;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// GC pressure of the library, for tests/bench/README: bytes allocated and
/// collections per 1000 full handshakes (client and server in one process)
/// and per 1000 records of 16 KiB.  A C program cannot ask the runtime
/// inside libssl.so for GC.CollectionCount, so this runs the same code on
/// CoreCLR (same GC, same allocations; the gen0 budget may differ from the
/// NativeAOT image's).  Explicit: a measurement, not a check.
///
///   dotnet test tests/unit/LibSsl.Tests.csproj --filter Name~AllocationReport -v n
/// </summary>
[TestFixture, Explicit("measurement for tests/bench/README")]
public class AllocationReport
{
    private static readonly SslContext ServerContext = MakeServerContext();
    private static readonly SslContext ClientContext = new(SslMethod.TlsClient);

    private static SslContext MakeServerContext()
    {
        var ctx = new SslContext(SslMethod.TlsServer);
        ctx.Identity.SetChain(new List<Org.BouncyCastle.X509.X509Certificate> { TestCertificates.EcdsaP256.Certificate });
        ctx.Identity.SetKey(TestCertificates.EcdsaP256.PrivateKey, out _);
        return ctx;
    }

    private static (SslConnection, SslConnection) Connected()
    {
        var toServer = new QueueBio();
        var toClient = new QueueBio();
        var server = new SslConnection(ServerContext);
        var client = new SslConnection(ClientContext);
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

    private static (long Bytes, int Gen0, int Gen1, int Gen2) Measure(int count, Action once)
    {
        for (int i = 0; i < 20; i++)
            once();
        GC.Collect();
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        for (int i = 0; i < count; i++)
            once();
        return (GC.GetAllocatedBytesForCurrentThread() - bytes,
            GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
    }

    [Test]
    public void HandshakesAndRecords()
    {
        var hs = Measure(1000, () =>
        {
            var (c, s) = Connected();
            c.Release();
            s.Release();
        });
        TestContext.Out.WriteLine($"1000 handshakes (TLS 1.3, X25519, ECDSA P-256): {hs.Bytes / 1000} bytes allocated each; " +
            $"collections gen0 {hs.Gen0}, gen1 {hs.Gen1}, gen2 {hs.Gen2}");

        var (client, server) = Connected();
        byte[] data = new byte[16384], buf = new byte[16384];
        var rec = Measure(1000, () =>
        {
            Assert.That(client.Write(data, 0, "client"), Is.EqualTo(data.Length));
            Assert.That(server.Read(buf, "server"), Is.EqualTo(data.Length));
        });
        TestContext.Out.WriteLine($"1000 records of 16 KiB (written and read): {rec.Bytes / 1000} bytes allocated each; " +
            $"collections gen0 {rec.Gen0}, gen1 {rec.Gen1}, gen2 {rec.Gen2}");
        Assert.That(hs.Bytes, Is.GreaterThan(0));
    }
}
