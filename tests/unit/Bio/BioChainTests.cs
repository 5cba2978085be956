using LibSsl.Bio;
using NUnit.Framework;

namespace LibSsl.Tests.Bio;

/// <summary>BIO_push(3), BIO_pop(3), BIO_next(3): chains of BIOs.</summary>
[TestFixture]
public class BioChainTests
{
    [Test]
    public void PushAppendsAtTheTail()
    {
        var a = new MemBio();
        var b = new MemBio();
        var c = new MemBio();
        Assert.That(a.Push(b), Is.True);
        Assert.That(a.Next, Is.SameAs(b));
        Assert.That(b.Previous, Is.SameAs(a));
        Assert.That(a.Push(c), Is.True);
        Assert.That(b.Next, Is.SameAs(c));
        Assert.That(c.Previous, Is.SameAs(b));
        Assert.That(a.Tail(), Is.SameAs(c));
        Assert.That(a.Reaches(c) && !c.Reaches(a), Is.True);
    }

    [Test]
    public void PopJoinsTheNeighboursAndReturnsWhatFollowed()
    {
        var a = new MemBio();
        var b = new MemBio();
        var c = new MemBio();
        a.Push(b);
        a.Push(c);
        Assert.That(b.Pop(), Is.SameAs(c));
        Assert.That(a.Next, Is.SameAs(c));
        Assert.That(c.Previous, Is.SameAs(a));
        Assert.That(b.Next, Is.Null);
        Assert.That(b.Previous, Is.Null);
        Assert.That(c.Pop(), Is.Null);
        Assert.That(a.Next, Is.Null);
    }

    [Test]
    public void PushRefusesToCloseALoop()
    {
        var a = new MemBio();
        var b = new MemBio();
        a.Push(b);
        Assert.That(a.Push(a), Is.False);
        Assert.That(b.Push(a), Is.False);
        Assert.That(a.Push(b), Is.False, "b is already in the chain");
        Assert.That(b.Next, Is.Null);
        Assert.That(a.Push(null), Is.True, "pushing nothing is allowed");
    }

    [Test]
    public void CopyNextRetryTakesTheFlagsAndReasonOfTheNextBio()
    {
        var filter = new MemBio();
        var sink = new MemBio();
        filter.Push(sink);
        sink.CallRead(new byte[4]);
        sink.RetryReason = 2;
        filter.CopyNextRetry();
        Assert.That(filter.ShouldRetry && filter.ShouldRead, Is.True);
        Assert.That(filter.RetryReason, Is.EqualTo(2));
    }
}
