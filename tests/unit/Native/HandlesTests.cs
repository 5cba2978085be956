using System;
using System.Runtime.InteropServices;
using LibSsl.Common;
using LibSsl.Native;
using NUnit.Framework;

namespace LibSsl.Tests.Native;

[TestFixture]
public class HandlesTests
{
    private sealed class Thing : RefCounted
    {
    }

    private sealed class OtherThing : RefCounted
    {
    }

    private static long Slot(nint handle) => ((long)handle >> 8) & 0xFFFFFF;

    [Test]
    public void RegisteredObjectResolves()
    {
        var thing = new Thing();
        nint h = Handles.Register(thing, HandleKind.Ssl);
        try
        {
            Assert.That(h, Is.Not.EqualTo((nint)0));
            Assert.That(thing.Handle, Is.EqualTo(h));
            Assert.That(Handles.Get<Thing>(h, HandleKind.Ssl), Is.SameAs(thing));
            Assert.That(Handles.Get<RefCounted>(h, HandleKind.Ssl), Is.SameAs(thing));
        }
        finally
        {
            Handles.Unregister(thing);
        }
    }

    [Test]
    public void StalePointerStaysStaleWhenTheGenerationWouldWrap()
    {
        var old = new Thing();
        nint stale = Handles.Register(old, HandleKind.Ssl);
        Handles.Unregister(old);
        Thing? last = null;
        try
        {
            for (int i = 0; i < 65536; i++)
            {
                last = new Thing();
                Handles.Register(last, HandleKind.Ssl);
                if (i < 65535)
                    Handles.Unregister(last);
            }
            Assert.That(Handles.Get<Thing>(stale, HandleKind.Ssl), Is.Null);
            Assert.That(last!.Handle, Is.Not.EqualTo(stale));
        }
        finally
        {
            if (last is not null)
                Handles.Unregister(last);
        }
    }

    [Test]
    public void WrongKindOrTypeResolvesToNull()
    {
        var thing = new Thing();
        nint h = Handles.Register(thing, HandleKind.Ssl);
        try
        {
            Assert.That(Handles.Get<Thing>(h, HandleKind.SslContext), Is.Null, "an SSL * passed as an SSL_CTX *");
            Assert.That(Handles.Get<Thing>(h, HandleKind.Bio), Is.Null);
            Assert.That(Handles.Get<OtherThing>(h, HandleKind.Ssl), Is.Null, "right tag, wrong class");
        }
        finally
        {
            Handles.Unregister(thing);
        }
    }

    [Test]
    public void RegisteringTwiceGivesTheSameValue()
    {
        var thing = new Thing();
        nint h1 = Handles.Register(thing, HandleKind.Bio);
        try
        {
            nint h2 = Handles.Register(thing, HandleKind.Bio);
            Assert.That(h2, Is.EqualTo(h1));
            Assert.That(Handles.Get<Thing>(h1, HandleKind.Bio), Is.SameAs(thing));
        }
        finally
        {
            Handles.Unregister(thing);
        }
    }

    [Test]
    public void DistinctObjectsGetDistinctValues()
    {
        var a = new Thing();
        var b = new Thing();
        nint ha = Handles.Register(a, HandleKind.Ssl);
        nint hb = Handles.Register(b, HandleKind.Ssl);
        try
        {
            Assert.That(ha, Is.Not.EqualTo(hb));
            Assert.That(Handles.Get<Thing>(ha, HandleKind.Ssl), Is.SameAs(a));
            Assert.That(Handles.Get<Thing>(hb, HandleKind.Ssl), Is.SameAs(b));
        }
        finally
        {
            Handles.Unregister(a);
            Handles.Unregister(b);
        }
    }

    [Test]
    public void StaleValueStaysDeadWhenItsSlotIsReused()
    {
        var old = new Thing();
        nint stale = Handles.Register(old, HandleKind.Ssl);
        Handles.Unregister(old);
        Assert.That(Handles.Get<Thing>(stale, HandleKind.Ssl), Is.Null, "freed handle");

        var fresh = new Thing();
        nint current = Handles.Register(fresh, HandleKind.Ssl);
        try
        {
            Assert.That(Slot(current), Is.EqualTo(Slot(stale)), "the freed slot is handed out again");
            Assert.That(current, Is.Not.EqualTo(stale), "but under a new generation");
            Assert.That(Handles.Get<Thing>(stale, HandleKind.Ssl), Is.Null, "use after free must not reach the new object");
            Assert.That(Handles.Get<Thing>(current, HandleKind.Ssl), Is.SameAs(fresh));
        }
        finally
        {
            Handles.Unregister(fresh);
        }
    }

    [Test]
    public void ForgedValuesResolveToNull()
    {
        var thing = new Thing();
        nint h = Handles.Register(thing, HandleKind.Ssl);
        GCHandle gc = GCHandle.Alloc(thing);
        nint heap = Marshal.AllocHGlobal(64);
        try
        {
            Assert.That(Handles.Get<Thing>(0, HandleKind.Ssl), Is.Null);
            Assert.That(Handles.Get<Thing>(0x12345678, HandleKind.Ssl), Is.Null);
            Assert.That(Handles.Get<Thing>(heap, HandleKind.Ssl), Is.Null, "a real malloc'd address");
            Assert.That(Handles.Get<Thing>(GCHandle.ToIntPtr(gc), HandleKind.Ssl), Is.Null, "a GCHandle to the very object");
            Assert.That(Handles.Get<Thing>(-1, HandleKind.Ssl), Is.Null);

            // Right marker and kind, but a slot never handed out, or a generation not yet used.
            nint marker = (nint)(long)((ulong)h & 0xFFFF_0000_0000_00FFUL);
            Assert.That(Handles.Get<Thing>(marker | unchecked((nint)(0xFFFFFEL << 8)), HandleKind.Ssl), Is.Null);
            Assert.That(Handles.Get<Thing>(h ^ unchecked((nint)(1L << 32)), HandleKind.Ssl), Is.Null);
            // The same handle with its marker damaged.
            Assert.That(Handles.Get<Thing>(h ^ unchecked((nint)(1L << 60)), HandleKind.Ssl), Is.Null);

            Assert.That(Handles.Get<Thing>(h, HandleKind.Ssl), Is.SameAs(thing), "the genuine value still works");
        }
        finally
        {
            gc.Free();
            Marshal.FreeHGlobal(heap);
            Handles.Unregister(thing);
        }
    }

    [Test]
    public void UnregisterIsIdempotentAndHarmlessForOthers()
    {
        var a = new Thing();
        var b = new Thing();
        nint ha = Handles.Register(a, HandleKind.Ssl);
        Handles.Unregister(a);
        nint hb = Handles.Register(b, HandleKind.Ssl);
        try
        {
            // A second free of the dead object must not retire the live one that took its slot.
            Handles.Unregister(a);
            Assert.That(Handles.Get<Thing>(hb, HandleKind.Ssl), Is.SameAs(b));
            Assert.That(Handles.Get<Thing>(ha, HandleKind.Ssl), Is.Null);
        }
        finally
        {
            Handles.Unregister(b);
        }
    }
}
