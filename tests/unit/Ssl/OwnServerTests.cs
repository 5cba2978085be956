using System.Collections.Generic;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Tests.Support;
using LibSsl.Tls;
using NUnit.Framework;
using SslConnection = LibSsl.Ssl.Ssl;

namespace LibSsl.Tests.Ssl;

/// <summary>Our client against our server, in one process over in-memory BIOs.</summary>
[TestFixture]
public class OwnServerTests
{
    private const int WantRead = 2;
    private const int ZeroReturn = 6;

    [SetUp]
    public void ClearErrors() => ErrorQueue.Clear();

    private static (SslConnection Client, SslConnection Server) Pair(TestIdentity? identity, int maxVersion = 0)
    {
        var toServer = new QueueBio();
        var toClient = new QueueBio();
        var serverCtx = new SslContext(SslMethod.TlsServer);
        if (identity is not null)
        {
            serverCtx.Identity.SetChain(new List<Org.BouncyCastle.X509.X509Certificate> { identity.Certificate });
            serverCtx.Identity.SetKey(identity.PrivateKey, out _);
        }
        var server = new SslConnection(serverCtx);
        var client = new SslConnection(new SslContext(SslMethod.TlsClient)) { MaxVersion = maxVersion };
        client.SetBio(toClient, toServer);
        server.SetBio(toServer, toClient);
        return (client, server);
    }

    /// <summary>Alternates the two handshakes until both finish (each call moves what the BIOs allow).</summary>
    private static void Handshake(SslConnection client, SslConnection server)
    {
        int c = 0, s = 0;
        for (int i = 0; i < 20 && (c != 1 || s != 1); i++)
        {
            if (c != 1)
            {
                c = client.Connect("client");
                Assert.That(c == 1 || client.GetError(c) == WantRead, $"client: {c}/{client.GetError(c)}");
            }
            if (s != 1)
            {
                s = server.Accept("server");
                Assert.That(s == 1 || server.GetError(s) == WantRead,
                    () => $"server: {s}/{server.GetError(s)} {ErrorText.Format(ErrorQueue.PeekFirst().Code)} {ErrorQueue.PeekFirst().Data}");
            }
        }
        Assert.That((c, s), Is.EqualTo((1, 1)));
    }

    [TestCase("ecdsa", TlsVersion.Tls13)]
    [TestCase("ecdsa", TlsVersion.Tls12)]
    [TestCase("rsa", TlsVersion.Tls13)]
    [TestCase("rsa", TlsVersion.Tls12)]
    public void ClientAndServerAgreeAndExchangeData(string key, int version)
    {
        var (client, server) = Pair(key == "ecdsa" ? TestCertificates.EcdsaP256 : TestCertificates.Rsa2048, version);
        Handshake(client, server);
        Assert.That(client.Version, Is.EqualTo(version));
        Assert.That(server.Version, Is.EqualTo(version));
        Assert.That(server.CurrentCipher!.Name, Is.EqualTo(client.CurrentCipher!.Name));
        Assert.That(server.IsServer, Is.True);
        Assert.That(client.IsServer, Is.False);

        byte[] data = new byte[50000];
        new System.Random(7).NextBytes(data);
        Assert.That(client.Write(data, 0, "client"), Is.EqualTo(data.Length));
        var got = new List<byte>();
        byte[] buf = new byte[4096];
        while (got.Count < data.Length)
        {
            int n = server.Read(buf, "server");
            Assert.That(n, Is.GreaterThan(0), () => $"server read {n}, error {server.GetError(n)}");
            got.AddRange(buf[..n]);
        }
        Assert.That(got.ToArray(), Is.EqualTo(data));

        Assert.That(server.Shutdown("server"), Is.EqualTo(0));
        Assert.That(client.Read(buf, "client"), Is.EqualTo(0));
        Assert.That(client.GetError(0), Is.EqualTo(ZeroReturn));
        Assert.That(client.Shutdown("client"), Is.EqualTo(1));
        Assert.That(server.Shutdown("server"), Is.EqualTo(1));
    }

    [Test]
    public void ClientRefusesAnAlpnProtocolItDidNotOffer()
    {
        var (client, server) = Pair(TestCertificates.EcdsaP256);
        client.AlpnProtocols = Alpn.Encode(new[] { System.Text.Encoding.ASCII.GetBytes("h2") });
        server.Context.AlpnSelect = (SslConnection s, byte[] offered, out byte[]? selected) =>
        {
            selected = System.Text.Encoding.ASCII.GetBytes("spdy/1");
            return AlpnVerdict.Selected;
        };
        int c = 0;
        for (int i = 0; i < 10 && c != 1; i++)
        {
            c = client.Connect("client");
            if (c == -1 && client.GetError(c) != WantRead)
                break;
            server.Accept("server");
        }
        Assert.That(c, Is.EqualTo(-1));
        Assert.That(ErrorCode.GetReason(ErrorQueue.PeekFirst().Code), Is.EqualTo(SslReason.BadExtension));
    }

    [Test]
    public void AlpnChoiceReachesBothEnds()
    {
        var (client, server) = Pair(TestCertificates.EcdsaP256);
        client.AlpnProtocols = Alpn.Encode(new[] { System.Text.Encoding.ASCII.GetBytes("h2"), System.Text.Encoding.ASCII.GetBytes("http/1.1") });
        server.Context.AlpnSelect = (SslConnection s, byte[] offered, out byte[]? selected) =>
        {
            selected = System.Text.Encoding.ASCII.GetBytes("http/1.1");
            return AlpnVerdict.Selected;
        };
        Handshake(client, server);
        Assert.That(client.SelectedProtocol, Is.EqualTo(System.Text.Encoding.ASCII.GetBytes("http/1.1")));
        Assert.That(server.SelectedProtocol, Is.EqualTo(System.Text.Encoding.ASCII.GetBytes("http/1.1")));
    }

    /// <summary>
    /// A TLS 1.2 DHE suite between our two ends, the client naming no
    /// finite-field group (our default list has none): the server must send
    /// explicit parameters, as OpenSSL's does, not a named group the client
    /// did not offer (which the client rightly refuses).
    /// </summary>
    [Test]
    public void DheWorksWhenTheClientNamesNoFiniteFieldGroup()
    {
        var (client, server) = Pair(TestCertificates.Rsa2048, TlsVersion.Tls12);
        client.CipherList = CipherString.Parse("DHE-RSA-AES128-GCM-SHA256")!;
        server.CipherList = CipherString.Parse("DHE-RSA-AES128-GCM-SHA256")!;
        Handshake(client, server);
        Assert.That(client.CurrentCipher!.Name, Is.EqualTo("DHE-RSA-AES128-GCM-SHA256"));
    }

    /// <summary>The same suite when the client does name an RFC 7919 group.</summary>
    [Test]
    public void DheUsesTheFiniteFieldGroupTheClientNames()
    {
        var (client, server) = Pair(TestCertificates.Rsa2048, TlsVersion.Tls12);
        client.CipherList = CipherString.Parse("DHE-RSA-AES128-GCM-SHA256")!;
        server.CipherList = CipherString.Parse("DHE-RSA-AES128-GCM-SHA256")!;
        client.Groups = new[] { Org.BouncyCastle.Tls.NamedGroup.x25519, Org.BouncyCastle.Tls.NamedGroup.ffdhe3072 };
        Handshake(client, server);
        Assert.That(client.CurrentCipher!.Name, Is.EqualTo("DHE-RSA-AES128-GCM-SHA256"));
    }

    [Test]
    public void HybridPostQuantumGroupIsNegotiatedWhenBothOfferIt()
    {
        var (client, server) = Pair(TestCertificates.EcdsaP256);
        // The client's defaults offer the hybrid but share an X25519 key;
        // a server that takes only the hybrid asks for it (HelloRetryRequest).
        server.Groups = new[] { Org.BouncyCastle.Tls.NamedGroup.X25519MLKEM768 };
        Handshake(client, server);
        Assert.That(client.NegotiatedGroup, Is.EqualTo(Org.BouncyCastle.Tls.NamedGroup.X25519MLKEM768));
        Assert.That(server.NegotiatedGroup, Is.EqualTo(Org.BouncyCastle.Tls.NamedGroup.X25519MLKEM768));
    }

    [Test]
    public void DefaultGroupsAgreeOnX25519()
    {
        var (client, server) = Pair(TestCertificates.EcdsaP256);
        Handshake(client, server);
        Assert.That(client.NegotiatedGroup, Is.EqualTo(Org.BouncyCastle.Tls.NamedGroup.x25519));
    }

    [Test]
    public void ServerSeesTheClientsServerName()
    {
        var (client, server) = Pair(TestCertificates.EcdsaP256);
        client.ServerName = "sni.example.test";
        Handshake(client, server);
        Assert.That(server.ServerName, Is.EqualTo("sni.example.test"));
    }

    [Test]
    public void ServerWithoutCertificateFailsWithReason()
    {
        var (client, server) = Pair(null);
        client.Connect("client");
        Assert.That(server.Accept("server"), Is.EqualTo(-1));
        Assert.That(ErrorCode.GetReason(ErrorQueue.PeekFirst().Code), Is.EqualTo(SslReason.NoCertificateSet));
    }
}
