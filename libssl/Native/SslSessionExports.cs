using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Sessions: SSL_get_session(3), SSL_set_session(3), SSL_session_reused(3),
/// SSL_SESSION_free(3), SSL_SESSION_is_resumable(3), SSL_SESSION_get_time(3),
/// SSL_SESSION_get_id(3), SSL_SESSION_get_protocol_version(3).
/// </summary>
internal static unsafe class SslSessionExports
{
    private const int Lib = ErrorCode.LibSsl;

    private static Ssl.Ssl? GetSsl(nint ssl, string function) =>
        Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, function);

    private static SslSession? GetSession(nint session, string function) =>
        Boundary.Resolve<SslSession>(session, HandleKind.SslSession, function);

    /// <summary>The pointer C sees for a session, given out once per object.</summary>
    internal static nint Pointer(SslSession? session) =>
        session is null ? 0 : Handles.Register(session, HandleKind.SslSession);

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_session")]
    public static nint SSL_get_session(nint ssl)
    {
        const string Fn = "SSL_get_session";
        ForkGate.Enter();
        try
        {
            return Pointer(GetSsl(ssl, Fn)?.Session);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get1_session")]
    public static nint SSL_get1_session(nint ssl)
    {
        const string Fn = "SSL_get1_session";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSsl(ssl, Fn)?.Session;
            if (s is null)
                return 0;
            s.UpRef();
            return Pointer(s);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_session")]
    public static int SSL_set_session(nint ssl, nint session)
    {
        const string Fn = "SSL_set_session";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = GetSsl(ssl, Fn);
            if (s is null)
                return 0;
            SslSession? sess = null;
            if (session != 0)
            {
                sess = GetSession(session, Fn);
                if (sess is null)
                    return 0;
            }
            s.SetSession(sess);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_session_reused")]
    public static int SSL_session_reused(nint ssl)
    {
        const string Fn = "SSL_session_reused";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = GetSsl(ssl, Fn);
            return s is not null && s.SessionReused ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_free")]
    public static void SSL_SESSION_free(nint session)
    {
        const string Fn = "SSL_SESSION_free";
        ForkGate.Enter();
        try
        {
            if (session == 0)
                return;
            GetSession(session, Fn)?.Release();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_up_ref")]
    public static int SSL_SESSION_up_ref(nint session)
    {
        const string Fn = "SSL_SESSION_up_ref";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            if (s is null)
                return 0;
            s.UpRef();
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_is_resumable")]
    public static int SSL_SESSION_is_resumable(nint session)
    {
        const string Fn = "SSL_SESSION_is_resumable";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            return s is not null && s.IsResumable ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_get_protocol_version")]
    public static int SSL_SESSION_get_protocol_version(nint session)
    {
        const string Fn = "SSL_SESSION_get_protocol_version";
        ForkGate.Enter();
        try
        {
            return GetSession(session, Fn)?.State.Version ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_get0_cipher")]
    public static nint SSL_SESSION_get0_cipher(nint session)
    {
        const string Fn = "SSL_SESSION_get0_cipher";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            SslCipher? c = s is null ? null : SslCipher.ForSuite(s.State.CipherSuite);
            return c is null ? 0 : Handles.Register(c, HandleKind.SslCipher);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Bytes a session hands out by pointer, owned by the session (freed with it).</summary>
    private static nint Owned(SslSession s, byte[] bytes) =>
        ConnectionStrings.Get(s, System.Text.Encoding.Latin1.GetString(bytes));

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_get_id")]
    public static nint SSL_SESSION_get_id(nint session, uint* len)
    {
        const string Fn = "SSL_SESSION_get_id";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            if (s is null)
                return 0;
            if (len != null)
                *len = (uint)s.State.Id.Length;
            return Owned(s, s.State.Id);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_get0_id_context")]
    public static nint SSL_SESSION_get0_id_context(nint session, uint* len)
    {
        const string Fn = "SSL_SESSION_get0_id_context";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            if (s is null)
                return 0;
            if (len != null)
                *len = (uint)s.IdContext.Length;
            return Owned(s, s.IdContext);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_get_time")]
    public static nint SSL_SESSION_get_time(nint session)
    {
        const string Fn = "SSL_SESSION_get_time";
        ForkGate.Enter();
        try
        {
            return (nint)(GetSession(session, Fn)?.Time ?? 0);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_set_time")]
    public static nint SSL_SESSION_set_time(nint session, nint time)
    {
        const string Fn = "SSL_SESSION_set_time";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            if (s is null)
                return 0;
            s.Time = time;
            return time;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_get_timeout")]
    public static nint SSL_SESSION_get_timeout(nint session)
    {
        const string Fn = "SSL_SESSION_get_timeout";
        ForkGate.Enter();
        try
        {
            return (nint)(GetSession(session, Fn)?.Timeout ?? 0);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_SESSION_set_timeout")]
    public static nint SSL_SESSION_set_timeout(nint session, nint timeout)
    {
        const string Fn = "SSL_SESSION_set_timeout";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            if (s is null)
                return 0;
            s.Timeout = timeout;
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// i2d_SSL_SESSION(3): the length of the encoding; with pp, the encoding
    /// is written at *pp and *pp moved past it; with *pp NULL, into a new
    /// buffer from malloc (OPENSSL_free releases it) that *pp then points at.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "i2d_SSL_SESSION")]
    public static int i2d_SSL_SESSION(nint session, byte** pp)
    {
        const string Fn = "i2d_SSL_SESSION";
        ForkGate.Enter();
        try
        {
            SslSession? s = GetSession(session, Fn);
            if (s is null)
                return -1;
            byte[] der = SessionEncoding.Encode(s);
            if (pp == null)
                return der.Length;
            if (*pp == null)
            {
                byte* buf = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)der.Length);
                der.AsSpan().CopyTo(new Span<byte>(buf, der.Length));
                *pp = buf;
                return der.Length;
            }
            der.AsSpan().CopyTo(new Span<byte>(*pp, der.Length));
            *pp += der.Length;
            return der.Length;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// d2i_SSL_SESSION(3): a new session from the length bytes at *pp, *pp
    /// moved past what was read; with a, *a is replaced (the old session
    /// freed) on success and left alone on failure.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "d2i_SSL_SESSION")]
    public static nint d2i_SSL_SESSION(nint* a, byte** pp, nint length)
    {
        const string Fn = "d2i_SSL_SESSION";
        ForkGate.Enter();
        try
        {
            if (pp == null || *pp == null)
            {
                Boundary.NullArgument(Fn);
                return 0;
            }
            if (length <= 0)
            {
                ErrorQueue.PushSsl(SslReason.BadLength, Fn);
                return 0;
            }
            int n = (int)Math.Min(length, int.MaxValue);
            SslSession? s = SessionEncoding.Decode(new ReadOnlySpan<byte>(*pp, n), out int used, out string? error);
            if (s is null)
            {
                ErrorQueue.Push(Lib, SslReason.BadData, Fn, error);
                return 0;
            }
            *pp += used;
            nint p = Pointer(s);
            if (a != null)
            {
                if (*a != 0)
                    Handles.Get<SslSession>(*a, HandleKind.SslSession)?.Release();
                *a = p;
            }
            return p;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
