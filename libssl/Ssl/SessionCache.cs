using System;
using System.Collections.Generic;

namespace LibSsl.Ssl;

/// <summary>
/// A server's session cache (SSL_CTX_set_session_cache_mode(3)): sessions
/// by (session id context, session id), newest first.  It is bounded: past
/// <see cref="MaxSize"/> the oldest session goes, as in OpenSSL; 0 means no
/// bound.  Sessions past their timeout are dropped when looked up or
/// flushed.  The cache holds one reference to each session it keeps.
/// </summary>
internal sealed class SessionCache
{
    /// <summary>OpenSSL's SSL_SESSION_CACHE_MAX_SIZE_DEFAULT.</summary>
    public const long DefaultMaxSize = 1024 * 20;

    private readonly object _lock = new();
    private readonly Dictionary<string, LinkedListNode<SslSession>> _byKey = new();
    private readonly LinkedList<SslSession> _order = new();
    private long _maxSize = DefaultMaxSize;

    /// <summary>Told of each session the cache drops (SSL_CTX_sess_set_remove_cb(3)); runs outside the lock.</summary>
    public Action<SslSession>? Removed { get; set; }

    public long Hits { get; private set; }
    public long Misses { get; private set; }
    public long Timeouts { get; private set; }
    public long CacheFull { get; private set; }

    public int Count
    {
        get
        {
            lock (_lock)
                return _byKey.Count;
        }
    }

    /// <summary>
    /// SSL_CTX_sess_set_cache_size: as in OpenSSL, a smaller size takes
    /// effect when the next session is added.
    /// </summary>
    public long MaxSize
    {
        get
        {
            lock (_lock)
                return _maxSize;
        }
        set
        {
            lock (_lock)
                _maxSize = value < 0 ? 0 : value;
        }
    }

    private static string Key(byte[] idContext, byte[] id) => Convert.ToHexString(idContext) + ":" + Convert.ToHexString(id);

    private static string Key(SslSession s) => Key(s.IdContext, s.State.Id);

    /// <summary>Keeps <paramref name="session"/> (taking a reference); a session under the same key is replaced.  False if it has no id.</summary>
    public bool Add(SslSession session)
    {
        if (session.State.Id.Length == 0)
            return false;
        var dropped = new List<SslSession>();
        lock (_lock)
        {
            string key = Key(session);
            if (_byKey.TryGetValue(key, out var old))
            {
                if (old.Value == session)
                {
                    _order.Remove(old);
                    _order.AddFirst(old);
                    return true;
                }
                _order.Remove(old);
                _byKey.Remove(key);
                dropped.Add(old.Value);
            }
            // Room is made before adding, oldest first, so the new one stays.
            List<SslSession> trimmed = TrimLocked(1);
            CacheFull += trimmed.Count;
            dropped.AddRange(trimmed);
            session.UpRef();
            _byKey[key] = _order.AddFirst(session);
        }
        Drop(dropped);
        return true;
    }

    /// <summary>
    /// The live session under (<paramref name="idContext"/>, <paramref name="id"/>),
    /// with a reference for the caller; an expired one is dropped and not returned.
    /// </summary>
    public SslSession? Find(byte[] idContext, byte[] id, long now)
    {
        SslSession? expired = null;
        lock (_lock)
        {
            if (!_byKey.TryGetValue(Key(idContext, id), out var node))
            {
                Misses++;
                return null;
            }
            if (!node.Value.ExpiredAt(now))
            {
                Hits++;
                node.Value.UpRef();
                return node.Value;
            }
            Timeouts++;
            Misses++;
            _order.Remove(node);
            _byKey.Remove(Key(node.Value));
            expired = node.Value;
        }
        Drop(new List<SslSession> { expired });
        return null;
    }

    /// <summary>A session resumed from an RFC 5077 ticket: OpenSSL counts it as a hit (SSL_CTX_sess_hits(3)) though the cache had no part in it.</summary>
    public void CountTicketHit()
    {
        lock (_lock)
            Hits++;
    }

    /// <summary>A session the server could not use after all (a hit that was not resumed).</summary>
    public void UndoHit()
    {
        lock (_lock)
        {
            Hits--;
            Misses++;
        }
    }

    /// <summary>Drops <paramref name="session"/> if cached; true when it was.</summary>
    public bool Remove(SslSession session)
    {
        lock (_lock)
        {
            if (!_byKey.TryGetValue(Key(session), out var node) || node.Value != session)
                return false;
            _order.Remove(node);
            _byKey.Remove(Key(session));
        }
        Drop(new List<SslSession> { session });
        return true;
    }

    /// <summary>SSL_CTX_flush_sessions(3): drops every session expired at <paramref name="time"/>; 0 drops all.</summary>
    public void Flush(long time)
    {
        var dropped = new List<SslSession>();
        lock (_lock)
        {
            for (var node = _order.First; node is not null;)
            {
                var next = node.Next;
                if (time == 0 || node.Value.ExpiredAt(time))
                {
                    _order.Remove(node);
                    _byKey.Remove(Key(node.Value));
                    dropped.Add(node.Value);
                }
                node = next;
            }
        }
        Drop(dropped);
    }

    /// <summary>Drops the oldest sessions until <paramref name="room"/> more fit.</summary>
    private List<SslSession> TrimLocked(int room)
    {
        var dropped = new List<SslSession>();
        while (_maxSize > 0 && _byKey.Count + room > _maxSize && _order.Last is { } last)
        {
            _order.RemoveLast();
            _byKey.Remove(Key(last.Value));
            dropped.Add(last.Value);
        }
        return dropped;
    }

    private void Drop(List<SslSession> dropped)
    {
        foreach (SslSession s in dropped)
        {
            try
            {
                Removed?.Invoke(s);
            }
            finally
            {
                s.Release();
            }
        }
    }
}
