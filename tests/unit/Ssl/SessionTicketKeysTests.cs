using System;
using System.Linq;
using LibSsl.Ssl;
using LibSsl.Tls;
using NUnit.Framework;

namespace LibSsl.Tests.Ssl;

/// <summary>
/// A server's RFC 5077 tickets (SSL_CTX_set_options(3), SSL_OP_NO_TICKET):
/// sealed under the context's own key, opened only by it, unaltered and
/// unexpired; anything else is no session, never an exception.
/// </summary>
[TestFixture]
public class SessionTicketKeysTests
{
    private static SslSession Session(long time = 1000, long timeout = 100)
    {
        var master = new byte[48];
        for (int i = 0; i < master.Length; i++)
            master[i] = (byte)(i * 7 + 1);
        var state = new SessionState
        {
            Version = 0x0303,
            CipherSuite = 0xC02C,
            Id = Array.Empty<byte>(),
            MasterSecret = master,
            ExtendedMasterSecret = true,
            PeerChain = new[] { new byte[] { 0x30, 0x01, 0x00 } },
            ServerExtensions = new (int, byte[])[] { (23, Array.Empty<byte>()) },
        };
        return new SslSession(state, time, timeout, new byte[] { 1, 2, 3 }) { Group = 29 };
    }

    [Test]
    public void ATicketOpensWithItsOwnKeyAndGivesTheSessionBack()
    {
        var keys = new SessionTicketKeys();
        byte[] ticket = keys.Issue(Session());
        Assert.That(ticket.AsSpan(0, SessionTicketKeys.NameLength).SequenceEqual(keys.Name), Is.True, "key name first");
        SslSession? back = keys.Redeem(ticket, 1050);
        Assert.That(back, Is.Not.Null);
        Assert.That(back!.State.MasterSecret, Is.EqualTo(Session().State.MasterSecret));
        Assert.That(back.State.CipherSuite, Is.EqualTo(0xC02C));
        Assert.That(back.State.ExtendedMasterSecret, Is.True);
        Assert.That(back.IdContext, Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(back.Time, Is.EqualTo(1000));
        Assert.That(back.Timeout, Is.EqualTo(100));
        Assert.That(back.Group, Is.EqualTo(29));
    }

    [Test]
    public void TheSessionIsNotInTheClear()
    {
        var keys = new SessionTicketKeys();
        byte[] plain = SessionEncoding.Encode(Session());
        byte[] ticket = keys.Seal(plain);
        Assert.That(ticket.AsSpan().IndexOf(Session().State.MasterSecret.AsSpan(0, 16)), Is.EqualTo(-1));
        Assert.That(ticket.AsSpan().IndexOf("LSCS"u8), Is.EqualTo(-1));
        Assert.That(keys.Seal(plain), Is.Not.EqualTo(ticket), "a fresh nonce each time");
    }

    [Test]
    public void AnotherContextsTicketIsRefused()
    {
        var mine = new SessionTicketKeys();
        var theirs = new SessionTicketKeys();
        byte[] ticket = theirs.Issue(Session());
        Assert.That(mine.Redeem(ticket, 1000), Is.Null, "wrong key name");
        // The same key name with another key: the tag does not verify.
        byte[] forged = (byte[])ticket.Clone();
        mine.Name.CopyTo(forged);
        Assert.That(mine.Open(forged), Is.Null);
        Assert.That(theirs.Redeem(ticket, 1000), Is.Not.Null, "the issuer still opens it");
    }

    [Test]
    public void EveryAlteredByteIsRefused()
    {
        var keys = new SessionTicketKeys();
        byte[] ticket = keys.Issue(Session());
        for (int i = 0; i < ticket.Length; i++)
        {
            byte[] bad = (byte[])ticket.Clone();
            bad[i] ^= 0x01;
            Assert.That(keys.Open(bad), Is.Null, $"byte {i} changed (name, nonce, ciphertext or tag)");
        }
        Assert.That(keys.Open(ticket), Is.Not.Null);
    }

    [Test]
    public void ShortOrEmptyTicketsAreRefused()
    {
        var keys = new SessionTicketKeys();
        byte[] ticket = keys.Issue(Session());
        for (int n = 0; n < ticket.Length; n++)
            Assert.That(keys.Open(ticket.AsSpan(0, n)), Is.Null, $"cut to {n} bytes");
        Assert.That(keys.Open(ticket.Concat(new byte[] { 0 }).ToArray()), Is.Null, "one byte too many");
    }

    [Test]
    public void AnExpiredSessionIsRefused()
    {
        var keys = new SessionTicketKeys();
        byte[] ticket = keys.Issue(Session(time: 1000, timeout: 100));
        Assert.That(keys.Redeem(ticket, 1100), Is.Not.Null, "time + timeout is still valid");
        Assert.That(keys.Redeem(ticket, 1101), Is.Null, "one second later it has expired");
    }

    [Test]
    public void SealedGarbageIsNoSession()
    {
        var keys = new SessionTicketKeys();
        Assert.That(keys.Redeem(keys.Seal(new byte[] { 1, 2, 3 }), 0), Is.Null, "not a session encoding");
        byte[] plain = SessionEncoding.Encode(Session());
        Assert.That(keys.Redeem(keys.Seal(plain[..^1]), 1000), Is.Null, "a truncated encoding");
        byte[] longer = new byte[plain.Length + 1];
        plain.CopyTo(longer, 0);
        Assert.That(keys.Redeem(keys.Seal(longer), 1000), Is.Null, "bytes after the encoding");
    }
}
