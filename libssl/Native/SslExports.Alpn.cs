using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

// SSL_CTX_set_alpn_select_cb(3): ALPN on both ends, and SSL_select_next_proto.
internal static unsafe partial class SslExports
{
    /// <summary>
    /// The client's list, OpenSSL's way round: 0 for success, 1 for a list
    /// that is not valid wire format.  NULL or empty clears it.
    /// </summary>
    private static int SetAlpnProtos(IConnectionSettings? settings, byte* protos, uint length)
    {
        if (settings is null)
            return 1;
        if (protos == null || length == 0)
        {
            settings.AlpnProtocols = null;
            return 0;
        }
        var wire = new ReadOnlySpan<byte>(protos, (int)Math.Min(length, (uint)int.MaxValue));
        if (Alpn.Parse(wire) is null)
            return 1;
        settings.AlpnProtocols = wire.ToArray();
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_alpn_protos")]
    public static int SSL_CTX_set_alpn_protos(nint ctx, byte* protos, uint length)
    {
        const string Fn = "SSL_CTX_set_alpn_protos";
        ForkGate.Enter();
        try
        {
            return SetAlpnProtos(Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn), protos, length);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_alpn_protos")]
    public static int SSL_set_alpn_protos(nint ssl, byte* protos, uint length)
    {
        const string Fn = "SSL_set_alpn_protos";
        ForkGate.Enter();
        try
        {
            return SetAlpnProtos(Get(ssl, Fn), protos, length);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// Installs the C callback
    /// int cb(SSL *, const unsigned char **out, unsigned char *outlen,
    ///        const unsigned char *in, unsigned int inlen, void *arg).
    /// It is called during the server's handshake with the client's list;
    /// what it points *out at is copied before the list is freed.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_alpn_select_cb")]
    public static void SSL_CTX_set_alpn_select_cb(nint ctx, nint callback, nint arg)
    {
        const string Fn = "SSL_CTX_set_alpn_select_cb";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return;
            if (callback == 0)
            {
                c.AlpnSelect = null;
                return;
            }
            c.AlpnSelect = AlpnSelector(callback, arg);
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

    /// <summary>Wraps the C callback; made outside the export so its closure is inside the catch.</summary>
    private static AlpnSelector AlpnSelector(nint callback, nint arg)
    {
        var fp = (delegate* unmanaged<nint, byte**, byte*, byte*, uint, nint, int>)callback;
        return (Ssl.Ssl ssl, byte[] offered, out byte[]? selected) =>
        {
            selected = null;
            byte* outp = null;
            byte outlen = 0;
            int verdict;
            fixed (byte* inp = offered)
            {
                ForkGate.Release();
                try
                {
                    verdict = fp(ssl.Handle, &outp, &outlen, inp, (uint)offered.Length, arg);
                }
                finally
                {
                    ForkGate.Reacquire();
                }
                if (verdict == (int)AlpnVerdict.Selected && outp != null)
                    selected = new ReadOnlySpan<byte>(outp, outlen).ToArray();
            }
            return verdict switch
            {
                (int)AlpnVerdict.Selected => AlpnVerdict.Selected,
                (int)AlpnVerdict.Fatal => AlpnVerdict.Fatal,
                _ => AlpnVerdict.NoAck,
            };
        };
    }

    /// <summary>The protocol agreed; NULL and 0 when none.  Valid while the SSL lives.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_get0_alpn_selected")]
    public static void SSL_get0_alpn_selected(nint ssl, byte** data, uint* length)
    {
        const string Fn = "SSL_get0_alpn_selected";
        ForkGate.Enter();
        try
        {
            if (data != null)
                *data = null;
            if (length != null)
                *length = 0;
            Ssl.Ssl? s = Get(ssl, Fn);
            byte[]? chosen = s?.SelectedProtocol;
            if (s is null || chosen is null)
                return;
            if (data != null)
                *data = (byte*)ConnectionStrings.Get(s, System.Text.Encoding.Latin1.GetString(chosen));
            if (length != null)
                *length = (uint)chosen.Length;
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

    /// <summary>
    /// SSL_select_next_proto(3): *out points into the server's list when a
    /// name matches (OPENSSL_NPN_NEGOTIATED), else at the client's first
    /// name (OPENSSL_NPN_NO_OVERLAP); a malformed list is NO_OVERLAP with
    /// *out NULL, as LibreSSL documents.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_select_next_proto")]
    public static int SSL_select_next_proto(byte** output, byte* outputLength, byte* server, uint serverLength,
        byte* client, uint clientLength)
    {
        const string Fn = "SSL_select_next_proto";
        ForkGate.Enter();
        try
        {
            if (output == null || outputLength == null)
            {
                Boundary.NullArgument(Fn);
                return Alpn.NoOverlap;
            }
            *output = null;
            *outputLength = 0;
            var s = server == null ? default : new ReadOnlySpan<byte>(server, (int)Math.Min(serverLength, 65535u));
            var c = client == null ? default : new ReadOnlySpan<byte>(client, (int)Math.Min(clientLength, 65535u));
            int result = Alpn.SelectNext(s, c, out bool fromServer, out int offset, out int length);
            if (offset >= 0)
            {
                *output = (fromServer ? server : client) + offset;
                *outputLength = (byte)length;
            }
            return result;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, Alpn.NoOverlap);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
