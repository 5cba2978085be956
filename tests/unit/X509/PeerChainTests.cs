using System.Collections.Generic;
using LibSsl.Tests.Support;
using LibSsl.X509;
using NUnit.Framework;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Tests.X509;

/// <summary>
/// SSL_get_peer_cert_chain(3)'s two shapes: on a client the stack starts
/// with the server's own certificate, on a server it holds only the chain
/// after the client's certificate; the leaf is the same object as the
/// stack's first element on a client, and every object is released once.
/// </summary>
[TestFixture]
public class PeerChainTests
{
    private static List<BcCertificate> Sent() => new()
    {
        TestCertificates.EcdsaP256.Certificate,
        TestCertificates.Rsa2048.Certificate,
    };

    [Test]
    public void ClientChainIncludesTheLeaf()
    {
        PeerChain chain = PeerChain.From(Sent(), isServer: false, source: null)!;
        Assert.That(chain.Chain.Items.Count, Is.EqualTo(2));
        Assert.That(chain.Chain.Items[0], Is.SameAs(chain.Leaf));
    }

    [Test]
    public void ServerChainLeavesOutTheLeaf()
    {
        PeerChain chain = PeerChain.From(Sent(), isServer: true, source: null)!;
        Assert.That(chain.Chain.Items.Count, Is.EqualTo(1));
        Assert.That(chain.Leaf.Value, Is.EqualTo(TestCertificates.EcdsaP256.Certificate));
        Assert.That(chain.Chain.Items[0].Value, Is.EqualTo(TestCertificates.Rsa2048.Certificate));
    }

    [Test]
    public void NothingSentIsNoChain()
    {
        Assert.That(PeerChain.From(new List<BcCertificate>(), isServer: false, source: null), Is.Null);
    }

    [TestCase(false)]
    [TestCase(true)]
    public void ReleaseDropsEachCertificateOnce(bool isServer)
    {
        PeerChain chain = PeerChain.From(Sent(), isServer, source: null)!;
        X509Certificate leaf = chain.Leaf;
        var all = new List<X509Certificate>(chain.Chain.Items) { leaf };
        leaf.UpRef(); // a get1 reference held by the caller
        chain.Release();
        Assert.That(leaf.References, Is.EqualTo(1), "the caller's reference survives");
        foreach (X509Certificate c in all)
            if (c != leaf)
                Assert.That(c.References, Is.EqualTo(0));
        Assert.That(chain.Chain.References, Is.EqualTo(0));
    }
}
