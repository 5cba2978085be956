using System;
using LibSsl.Ssl;
using LibSsl.Tls;
using NUnit.Framework;

namespace LibSsl.Tests.Ssl;

/// <summary>The server's session cache (SSL_CTX_set_session_cache_mode(3)) and the session encoding (i2d_SSL_SESSION(3)).</summary>
[TestFixture]
public class SessionCacheTests
{
    private static readonly byte[] s_context = { 1, 2, 3 };

    private static SslSession Session(byte id, long time = 1000, long timeout = 100, byte[]? context = null)
    {
        var id32 = new byte[32];
        id32[0] = id;
        var state = new SessionState
        {
            Version = 0x0303,
            CipherSuite = 0xC02C,
            Id = id32,
            MasterSecret = new byte[48],
            ExtendedMasterSecret = true,
            PeerChain = new[] { new byte[] { 0x30, 0x01, 0x00 } },
            ServerExtensions = new (int, byte[])[] { (23, Array.Empty<byte>()) },
            Ticket = new byte[] { 9, 8, 7 },
            TicketLifetimeHint = 7200,
        };
        return new SslSession(state, time, timeout, context ?? s_context) { Group = 29 };
    }

    [Test]
    public void IsBoundedAndDropsTheOldestFirst()
    {
        var cache = new SessionCache { MaxSize = 3 };
        int removed = 0;
        cache.Removed = _ => removed++;
        var sessions = new SslSession[5];
        for (byte i = 0; i < 5; i++)
        {
            sessions[i] = Session(i);
            Assert.That(cache.Add(sessions[i]), Is.True);
        }
        Assert.That(cache.Count, Is.EqualTo(3));
        Assert.That(cache.CacheFull, Is.EqualTo(2));
        Assert.That(removed, Is.EqualTo(2));
        Assert.That(cache.Find(s_context, sessions[0].State.Id, 1000), Is.Null, "oldest dropped");
        Assert.That(cache.Find(s_context, sessions[1].State.Id, 1000), Is.Null);
        Assert.That(cache.Find(s_context, sessions[4].State.Id, 1000), Is.SameAs(sessions[4]));
    }

    [Test]
    public void ReferencesAreTakenAndGivenBack()
    {
        var cache = new SessionCache { MaxSize = 1 };
        SslSession a = Session(1), b = Session(2);
        cache.Add(a);
        Assert.That(a.References, Is.EqualTo(2), "the cache holds one");
        cache.Add(b);
        Assert.That(a.References, Is.EqualTo(1), "dropped: the cache's reference is released");
        SslSession? found = cache.Find(s_context, b.State.Id, 1000);
        Assert.That(found, Is.SameAs(b));
        Assert.That(b.References, Is.EqualTo(3), "the finder gets its own reference");
    }

    [Test]
    public void ExpiredSessionsAreNotFoundAndAreDropped()
    {
        var cache = new SessionCache();
        SslSession s = Session(7, time: 1000, timeout: 100);
        cache.Add(s);
        Assert.That(cache.Find(s_context, s.State.Id, 1100), Is.SameAs(s), "time + timeout is not yet past");
        Assert.That(cache.Find(s_context, s.State.Id, 1101), Is.Null);
        Assert.That(cache.Timeouts, Is.EqualTo(1));
        Assert.That(cache.Count, Is.EqualTo(0));
    }

    [Test]
    public void FlushDropsWhatHasExpiredAtTheTimeGiven()
    {
        var cache = new SessionCache();
        cache.Add(Session(1, time: 1000, timeout: 10));
        cache.Add(Session(2, time: 1000, timeout: 500));
        cache.Flush(1200);
        Assert.That(cache.Count, Is.EqualTo(1));
        cache.Flush(0);
        Assert.That(cache.Count, Is.EqualTo(0), "0 drops everything");
    }

    [Test]
    public void TheIdContextIsPartOfTheKey()
    {
        var cache = new SessionCache();
        SslSession s = Session(3);
        cache.Add(s);
        Assert.That(cache.Find(new byte[] { 9 }, s.State.Id, 1000), Is.Null);
        Assert.That(cache.Find(s_context, s.State.Id, 1000), Is.SameAs(s));
    }

    [Test]
    public void SessionsWithoutAnIdAreNotCached()
    {
        var cache = new SessionCache();
        var state = new SessionState { Version = 0x0303, CipherSuite = 0xC02C, Id = Array.Empty<byte>(), MasterSecret = new byte[48] };
        Assert.That(cache.Add(new SslSession(state, 0, 10, s_context)), Is.False);
        Assert.That(cache.Count, Is.EqualTo(0));
    }

    [Test]
    public void EncodingRoundTrips()
    {
        SslSession s = Session(5, time: 123456789, timeout: 7200);
        byte[] bytes = SessionEncoding.Encode(s);
        SslSession? back = SessionEncoding.Decode(bytes, out int used, out string? error);
        Assert.That(error, Is.Null);
        Assert.That(back, Is.Not.Null);
        Assert.That(used, Is.EqualTo(bytes.Length));
        Assert.That(back!.State.Id, Is.EqualTo(s.State.Id));
        Assert.That(back.State.CipherSuite, Is.EqualTo(s.State.CipherSuite));
        Assert.That(back.State.ExtendedMasterSecret, Is.True);
        Assert.That(back.State.PeerChain[0], Is.EqualTo(s.State.PeerChain[0]));
        Assert.That(back.State.ServerExtensions[0].Type, Is.EqualTo(23));
        Assert.That(back.Time, Is.EqualTo(123456789));
        Assert.That(back.Timeout, Is.EqualTo(7200));
        Assert.That(back.IdContext, Is.EqualTo(s_context));
        Assert.That(back.Group, Is.EqualTo(29));
        Assert.That(back.State.Ticket, Is.EqualTo(new byte[] { 9, 8, 7 }));
        Assert.That(back.State.TicketLifetimeHint, Is.EqualTo(7200));
    }

    [Test]
    public void EveryTruncationAndEveryCorruptedByteIsRefusedOrDecodedSafely()
    {
        byte[] bytes = SessionEncoding.Encode(Session(6));
        for (int n = 0; n < bytes.Length; n++)
            Assert.That(SessionEncoding.Decode(bytes.AsSpan(0, n), out _, out string? error), Is.Null, $"cut at {n}: {error}");
        var random = new Random(4);
        for (int i = 0; i < 2000; i++)
        {
            byte[] bad = (byte[])bytes.Clone();
            bad[random.Next(bad.Length)] = (byte)random.Next(256);
            SslSession? s = SessionEncoding.Decode(bad, out int used, out _);
            if (s is not null)
                Assert.That(used, Is.LessThanOrEqualTo(bad.Length));
        }
        Assert.That(SessionEncoding.Decode(new byte[64], out _, out _), Is.Null, "zeros");
    }
}
