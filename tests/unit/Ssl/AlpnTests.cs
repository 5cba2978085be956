using System.Text;
using LibSsl.Ssl;
using NUnit.Framework;

namespace LibSsl.Tests.Ssl;

[TestFixture]
public class AlpnTests
{
    private static byte[] Wire(params string[] names) =>
        Alpn.Encode(System.Array.ConvertAll(names, n => Encoding.ASCII.GetBytes(n)));

    [Test]
    public void ParseAcceptsWellFormedListsOnly()
    {
        Assert.That(Alpn.Parse(Wire("h2", "http/1.1")), Has.Count.EqualTo(2));
        Assert.That(Alpn.Parse(new byte[] { 0, 2, (byte)'h', (byte)'2' }), Is.Null, "empty name");
        Assert.That(Alpn.Parse(new byte[] { 5, (byte)'h', (byte)'2' }), Is.Null, "length past the end");
        Assert.That(Alpn.Parse(System.Array.Empty<byte>()), Is.Null, "empty list");
    }

    [Test]
    public void SelectNextPrefersTheServersOrder()
    {
        byte[] server = Wire("http/1.1", "h2");
        byte[] client = Wire("h2", "http/1.1");
        int r = Alpn.SelectNext(server, client, out bool fromServer, out int offset, out int length);
        Assert.That(r, Is.EqualTo(Alpn.Negotiated));
        Assert.That(fromServer, Is.True);
        Assert.That(Encoding.ASCII.GetString(server, offset, length), Is.EqualTo("http/1.1"));
    }

    [Test]
    public void NoOverlapPointsAtTheClientsFirstName()
    {
        byte[] client = Wire("spdy/1", "h2");
        int r = Alpn.SelectNext(Wire("http/1.1"), client, out bool fromServer, out int offset, out int length);
        Assert.That(r, Is.EqualTo(Alpn.NoOverlap));
        Assert.That(fromServer, Is.False);
        Assert.That(Encoding.ASCII.GetString(client, offset, length), Is.EqualTo("spdy/1"));
    }

    [Test]
    public void MalformedListIsNoOverlapWithNoName()
    {
        int r = Alpn.SelectNext(new byte[] { 9, (byte)'h' }, Wire("h2"), out _, out int offset, out _);
        Assert.That(r, Is.EqualTo(Alpn.NoOverlap));
        Assert.That(offset, Is.EqualTo(-1));
        r = Alpn.SelectNext(Wire("h2"), new byte[] { 0 }, out _, out offset, out _);
        Assert.That(r, Is.EqualTo(Alpn.NoOverlap));
        Assert.That(offset, Is.EqualTo(-1));
    }
}
