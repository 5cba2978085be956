using System;
using System.Runtime.InteropServices;
using LibSsl.Bio;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Connections: SSL_new(3), SSL_set_fd(3), SSL_connect(3), SSL_read(3),
/// SSL_write(3), SSL_shutdown(3), SSL_get_error(3) and their accessors.
/// Each export validates, translates and catches; the work is in Ssl/.
/// </summary>
internal static unsafe partial class SslExports
{
    private const int Lib = ErrorCode.LibSsl;

    private static Ssl.Ssl? Get(nint ssl, string function) =>
        Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, function);

    [UnmanagedCallersOnly(EntryPoint = "SSL_new")]
    public static nint SSL_new(nint ctx)
    {
        const string Fn = "SSL_new";
        ForkGate.Enter();
        try
        {
            if (ctx == 0)
            {
                ErrorQueue.PushSsl(SslReason.NullSslCtx, Fn);
                return 0;
            }
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            return Handles.Register(new Ssl.Ssl(c), HandleKind.Ssl);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_free")]
    public static void SSL_free(nint ssl)
    {
        const string Fn = "SSL_free";
        ForkGate.Enter();
        try
        {
            if (ssl == 0)
                return;
            // The last reference retires the pointer (RefCounted.Retire).
            Get(ssl, Fn)?.Release();
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

    /// <summary>SSL_clear(3): 1 when the object is ready for a new connection, 0 on failure.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_clear")]
    public static int SSL_clear(nint ssl)
    {
        const string Fn = "SSL_clear";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is null)
                return 0;
            s.Clear();
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_up_ref")]
    public static int SSL_up_ref(nint ssl)
    {
        const string Fn = "SSL_up_ref";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_SSL_CTX")]
    public static nint SSL_get_SSL_CTX(nint ssl)
    {
        const string Fn = "SSL_get_SSL_CTX";
        ForkGate.Enter();
        try
        {
            return Get(ssl, Fn)?.Context.Handle ?? 0;
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

    /// <summary>SSL_set_SSL_CTX(3): returns the SSL's context afterwards (NULL on a bad argument).</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_set_SSL_CTX")]
    public static nint SSL_set_SSL_CTX(nint ssl, nint ctx)
    {
        const string Fn = "SSL_set_SSL_CTX";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            SslContext? c = s is null ? null : Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (s is null || c is null)
                return 0;
            s.SwitchContext(c);
            return s.Context.Handle;
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

    // ----- descriptors (SSL_set_fd(3)) -----

    /// <summary>Which of the SSL's BIOs an fd setter replaces.</summary>
    private enum Side
    {
        Both,
        Read,
        Write,
    }

    private static int SetFd(nint ssl, int fd, Side side, string function)
    {
        Ssl.Ssl? s = Get(ssl, function);
        if (s is null)
            return 0;
        if (fd < 0)
        {
            ErrorQueue.Push(Lib, ErrorCode.RPassedInvalidArgument, function, "negative file descriptor");
            return 0;
        }
        switch (side)
        {
            case Side.Both:
                var bio = new SocketBio(fd, Bio.Bio.NoClose);
                s.SetBio(bio, bio);
                break;
            case Side.Read:
                // As OpenSSL: reuse the write BIO when it already wraps this
                // socket, so SSL_set_rfd + SSL_set_wfd on one fd share a BIO.
                if (s.WriteBio is SocketBio w && w.Fd == fd)
                {
                    w.UpRef();
                    s.Set0ReadBio(w);
                }
                else
                {
                    s.Set0ReadBio(new SocketBio(fd, Bio.Bio.NoClose));
                }
                break;
            case Side.Write:
                if (s.ReadBio is SocketBio r && r.Fd == fd)
                {
                    r.UpRef();
                    s.Set0WriteBio(r);
                }
                else
                {
                    s.Set0WriteBio(new SocketBio(fd, Bio.Bio.NoClose));
                }
                break;
        }
        return 1;
    }

    // ----- BIOs (SSL_set_bio(3)) -----

    /// <summary>A BIO argument: NULL is allowed and means none; a bad pointer is refused.</summary>
    private static bool BioArg(nint handle, string function, out Bio.Bio? bio)
    {
        bio = null;
        if (handle == 0)
            return true;
        bio = Boundary.Resolve<Bio.Bio>(handle, HandleKind.Bio, function);
        return bio is not null;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_bio")]
    public static void SSL_set_bio(nint ssl, nint rbio, nint wbio)
    {
        const string Fn = "SSL_set_bio";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is not null && BioArg(rbio, Fn, out Bio.Bio? r) && BioArg(wbio, Fn, out Bio.Bio? w))
                s.SetBio(r, w);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_set0_rbio")]
    public static void SSL_set0_rbio(nint ssl, nint rbio)
    {
        const string Fn = "SSL_set0_rbio";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is not null && BioArg(rbio, Fn, out Bio.Bio? r))
                s.Set0ReadBio(r);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_set0_wbio")]
    public static void SSL_set0_wbio(nint ssl, nint wbio)
    {
        const string Fn = "SSL_set0_wbio";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is not null && BioArg(wbio, Fn, out Bio.Bio? w))
                s.Set0WriteBio(w);
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

    /// <summary>The BIO's pointer; one SSL_set_fd made gets its pointer on first request.</summary>
    private static nint BioHandle(Bio.Bio? bio) => bio is null ? 0 : Handles.Register(bio, HandleKind.Bio);

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_rbio")]
    public static nint SSL_get_rbio(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return BioHandle(Get(ssl, "SSL_get_rbio")?.ReadBio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_rbio", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_wbio")]
    public static nint SSL_get_wbio(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return BioHandle(Get(ssl, "SSL_get_wbio")?.WriteBio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_wbio", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_has_pending")]
    public static int SSL_has_pending(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_has_pending");
            return s is not null && s.HasPending ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_has_pending", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_fd")]
    public static int SSL_set_fd(nint ssl, int fd)
    {
        ForkGate.Enter();
        try
        {
            return SetFd(ssl, fd, Side.Both, "SSL_set_fd");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_fd", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_rfd")]
    public static int SSL_set_rfd(nint ssl, int fd)
    {
        ForkGate.Enter();
        try
        {
            return SetFd(ssl, fd, Side.Read, "SSL_set_rfd");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_rfd", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_wfd")]
    public static int SSL_set_wfd(nint ssl, int fd)
    {
        ForkGate.Enter();
        try
        {
            return SetFd(ssl, fd, Side.Write, "SSL_set_wfd");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_wfd", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    private static int FdOf(Bio.Bio? bio) => bio is DescriptorBio d ? d.GetFd() : -1;

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_fd")]
    public static int SSL_get_fd(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return FdOf(Get(ssl, "SSL_get_fd")?.ReadBio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_fd", Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_rfd")]
    public static int SSL_get_rfd(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return FdOf(Get(ssl, "SSL_get_rfd")?.ReadBio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_rfd", Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_wfd")]
    public static int SSL_get_wfd(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return FdOf(Get(ssl, "SSL_get_wfd")?.WriteBio);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_wfd", Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    // ----- the handshake and data (SSL_connect(3), SSL_read(3), ...) -----

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_connect_state")]
    public static void SSL_set_connect_state(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Get(ssl, "SSL_set_connect_state")?.SetConnectState();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_connect_state", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_accept_state")]
    public static void SSL_set_accept_state(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Get(ssl, "SSL_set_accept_state")?.SetAcceptState();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_accept_state", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_accept")]
    public static int SSL_accept(nint ssl)
    {
        const string Fn = "SSL_accept";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? -1 : s.Accept(Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_connect")]
    public static int SSL_connect(nint ssl)
    {
        const string Fn = "SSL_connect";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? -1 : s.Connect(Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_do_handshake")]
    public static int SSL_do_handshake(nint ssl)
    {
        const string Fn = "SSL_do_handshake";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? -1 : s.DoHandshake(Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_read")]
    public static int SSL_read(nint ssl, byte* buffer, int count)
    {
        ForkGate.Enter();
        try
        {
            return ReadOrPeek(ssl, buffer, count, false, "SSL_read");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_read", Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_write")]
    public static int SSL_write(nint ssl, byte* buffer, int count)
    {
        const string Fn = "SSL_write";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is null)
                return -1;
            if (count < 0)
            {
                ErrorQueue.PushSsl(SslReason.BadLength, Fn);
                return -1;
            }
            if (buffer == null && count > 0)
            {
                Boundary.NullArgument(Fn);
                return -1;
            }
            return s.Write(new ReadOnlySpan<byte>(buffer, count), (nint)buffer, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_pending")]
    public static int SSL_pending(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return Get(ssl, "SSL_pending")?.Pending ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_pending", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_shutdown")]
    public static int SSL_shutdown(nint ssl)
    {
        const string Fn = "SSL_shutdown";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? -1 : s.Shutdown(Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_shutdown")]
    public static int SSL_get_shutdown(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return Get(ssl, "SSL_get_shutdown")?.ShutdownState ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_shutdown", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// SSL_get_error(3).  For a NULL or stale SSL the answer is SSL_ERROR_SSL
    /// with the reason on the queue; OpenSSL would crash.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_get_error")]
    public static int SSL_get_error(nint ssl, int ret)
    {
        const string Fn = "SSL_get_error";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? Ssl.Ssl.ErrorSsl : s.GetError(ret);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, Ssl.Ssl.ErrorSsl);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    // ----- state and negotiated parameters -----

    [UnmanagedCallersOnly(EntryPoint = "SSL_is_server")]
    public static int SSL_is_server(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_is_server");
            return s is not null && s.IsServer ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_is_server", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_is_init_finished")]
    public static int SSL_is_init_finished(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_is_init_finished");
            return s is not null && s.HandshakeDone ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_is_init_finished", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_in_init")]
    public static int SSL_in_init(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_in_init");
            return s is not null && !s.HandshakeDone ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_in_init", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_version")]
    public static nint SSL_get_version(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_get_version");
            return s is null ? 0 : (nint)NativeStrings.Constant(TlsVersion.Name(s.Version));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_version", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_version")]
    public static int SSL_version(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return Get(ssl, "SSL_version")?.Version ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_version", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_current_cipher")]
    public static nint SSL_get_current_cipher(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            SslCipher? c = Get(ssl, "SSL_get_current_cipher")?.CurrentCipher;
            return c is null ? 0 : Handles.Register(c, HandleKind.SslCipher);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_current_cipher", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>SSL_CIPHER_get_name(3): "(NONE)" for NULL, as OpenSSL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CIPHER_get_name")]
    public static nint SSL_CIPHER_get_name(nint cipher)
    {
        const string Fn = "SSL_CIPHER_get_name";
        ForkGate.Enter();
        try
        {
            if (cipher == 0)
                return (nint)NativeStrings.Constant("(NONE)");
            SslCipher? c = Boundary.Resolve<SslCipher>(cipher, HandleKind.SslCipher, Fn);
            return c is null ? 0 : (nint)NativeStrings.Constant(c.Name);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_servername")]
    public static nint SSL_get_servername(nint ssl, int type)
    {
        const string Fn = "SSL_get_servername";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is null || type != 0 || s.ServerName is null)
                return 0;
            return ConnectionStrings.Get(s, s.ServerName);
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

    // ----- settings shared with SSL_CTX (see Ctrl) -----

    [UnmanagedCallersOnly(EntryPoint = "SSL_ctrl")]
    public static nint SSL_ctrl(nint ssl, int cmd, nint larg, nint parg)
    {
        const string Fn = "SSL_ctrl";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            return s is null ? 0 : Ctrl.Connection(s, cmd, larg, parg, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_min_proto_version")]
    public static int SSL_set_min_proto_version(nint ssl, int version)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_min_proto_version");
            return s is not null && Ctrl.SetVersionBound(v => s.MinVersion = v, version) ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_min_proto_version", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_max_proto_version")]
    public static int SSL_set_max_proto_version(nint ssl, int version)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_max_proto_version");
            return s is not null && Ctrl.SetVersionBound(v => s.MaxVersion = v, version) ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_max_proto_version", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_options")]
    public static ulong SSL_set_options(nint ssl, ulong options)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_options");
            return s is null ? 0 : s.Options |= options;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_options", Lib, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_clear_options")]
    public static ulong SSL_clear_options(nint ssl, ulong options)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_clear_options");
            return s is null ? 0 : s.Options &= ~options;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_clear_options", Lib, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_options")]
    public static ulong SSL_get_options(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return Get(ssl, "SSL_get_options")?.Options ?? 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_options", Lib, 0UL);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_cipher_list")]
    public static int SSL_set_cipher_list(nint ssl, byte* text)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_cipher_list");
            return s is null ? 0 : Ctrl.SetCipherList(s, text, "SSL_set_cipher_list");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_cipher_list", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_ciphersuites")]
    public static int SSL_set_ciphersuites(nint ssl, byte* text)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_ciphersuites");
            return s is null ? 0 : Ctrl.SetCiphersuites(s, text, "SSL_set_ciphersuites");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_set_ciphersuites", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
