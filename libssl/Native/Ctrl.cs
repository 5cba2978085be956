using System;
using System.Collections.Generic;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Tls;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// SSL_ctrl(3) and SSL_CTX_ctrl(3): the numbered commands behind the
/// header's macros (SSL_set_tlsext_host_name, SSL_CTX_set_mode, ...), and the
/// setters shared by the SSL_CTX_* and SSL_* forms.  Unknown commands
/// return 0, as in OpenSSL.
/// </summary>
internal static unsafe class Ctrl
{
    public const int Mode = 33;
    public const int GetReadAhead = 40;
    public const int SetReadAhead = 41;
    public const int SetTlsextServernameCallback = 53;
    public const int SetTlsextServernameArg = 54;
    public const int SetTlsextHostname = 55;
    public const int ClearMode = 78;
    public const int SetMinProtoVersion = 123;
    public const int SetMaxProtoVersion = 124;
    public const int GetMinProtoVersion = 130;
    public const int GetMaxProtoVersion = 131;
    public const int SetGroupsList = 92;
    public const int GetNegotiatedGroup = 134;
    public const int GetPeerSignatureNid = 108;

    private const int NameTypeHostName = 0;
    private const int MaxHostNameLength = 255;

    /// <summary>The commands an SSL_CTX and an SSL answer alike.</summary>
    public static nint Common(IConnectionSettings s, int cmd, nint larg, nint parg)
    {
        switch (cmd)
        {
            case SetGroupsList:
                // SSL_CTX_set1_groups_list: every name must be known, else
                // nothing changes and the call returns 0.
                string? list = NativeStrings.Read((byte*)parg);
                int[]? groups = list is null ? null : NamedGroups.ParseList(list);
                if (groups is null)
                    return 0;
                s.Groups = groups;
                return 1;
            case Mode:
                return (nint)(s.Mode |= larg);
            case ClearMode:
                return (nint)(s.Mode &= ~(long)larg);
            case GetReadAhead:
                return s.ReadAhead ? 1 : 0;
            case SetReadAhead:
                bool old = s.ReadAhead;
                s.ReadAhead = larg != 0;
                return old ? 1 : 0;
            case SetMinProtoVersion:
                return SetVersionBound(v => s.MinVersion = v, (int)larg) ? 1 : 0;
            case SetMaxProtoVersion:
                return SetVersionBound(v => s.MaxVersion = v, (int)larg) ? 1 : 0;
            case GetMinProtoVersion:
                return s.MinVersion;
            case GetMaxProtoVersion:
                return s.MaxVersion;
            default:
                return 0;
        }
    }

    /// <summary>SSL_CTX_ctrl(3): the context's own commands, then the common ones.</summary>
    public static nint Context(SslContext ctx, int cmd, nint larg, nint parg)
    {
        if (cmd == SetTlsextServernameArg)
        {
            ctx.ServernameArgument = parg;
            return 1;
        }
        if (SessionCtrl.Handles(cmd))
            return SessionCtrl.Context(ctx, cmd, larg);
        return Common(ctx, cmd, larg, parg);
    }

    /// <summary>
    /// SSL_CTX_callback_ctrl(3): SSL_CTX_set_tlsext_servername_callback
    /// installs int cb(SSL *, int *alert, void *arg); the alert starts as
    /// unrecognized_name, as in OpenSSL.
    /// </summary>
    public static nint ContextCallback(SslContext ctx, int cmd, nint callback)
    {
        if (cmd != SetTlsextServernameCallback)
            return 0;
        if (callback == 0)
        {
            ctx.ServernameCallback = null;
            return 1;
        }
        var fp = (delegate* unmanaged<nint, int*, nint, int>)callback;
        ctx.ServernameCallback = ssl =>
        {
            int alert = UnrecognizedName;
            int verdict;
            nint argument = ctx.ServernameArgument;
            ForkGate.Release();
            try
            {
                verdict = fp(ssl.Handle, &alert, argument);
            }
            finally
            {
                ForkGate.Reacquire();
            }
            return (verdict, alert);
        };
        return 1;
    }

    private const int UnrecognizedName = 112;

    public static nint Connection(Ssl.Ssl ssl, int cmd, nint larg, nint parg, string function)
    {
        if (cmd == SetTlsextHostname)
            return SetHostName(ssl, larg, (byte*)parg, function);
        if (cmd == GetNegotiatedGroup)
            return NamedGroups.Nid(ssl.NegotiatedGroup);
        if (cmd == GetPeerSignatureNid)
            return PeerSignatureExports.Store(ssl.PeerSignatureNids?.Hash, (int*)parg, function);
        return Common(ssl, cmd, larg, parg);
    }

    /// <summary>
    /// SSL_set_tlsext_host_name: NULL clears the name; an empty name or one
    /// longer than 255 bytes is refused, as OpenSSL does.
    /// </summary>
    private static nint SetHostName(Ssl.Ssl ssl, nint type, byte* name, string function)
    {
        if (type != NameTypeHostName)
        {
            ErrorQueue.PushSsl(SslReason.InvalidServernameType, function);
            return 0;
        }
        ssl.ServerName = null;
        // Latin-1 maps each byte to one char and back: the name goes on the
        // wire byte for byte, as the caller gave it.
        string? host = name == null ? null : Latin1(name);
        if (host is null)
            return 1;
        if (host.Length == 0 || host.Length > MaxHostNameLength)
        {
            ErrorQueue.PushSsl(SslReason.InvalidServername, function);
            return 0;
        }
        ssl.ServerName = host;
        return 1;
    }

    private static string Latin1(byte* p)
    {
        int n = 0;
        while (p[n] != 0)
            n++;
        return System.Text.Encoding.Latin1.GetString(p, n);
    }

    /// <summary>
    /// SSL_CTX_set_min_proto_version(3): 0 or a known version; anything else
    /// is refused with 0 and, as in OpenSSL, nothing on the queue.
    /// </summary>
    public static bool SetVersionBound(Action<int> set, int version)
    {
        if (!TlsVersion.IsValidBound(version))
            return false;
        set(version);
        return true;
    }

    /// <summary>
    /// SSL_CTX_set_cipher_list(3): the list is taken even when it selects no
    /// TLS 1.2 suite, but the call then fails with "no cipher match".
    /// </summary>
    public static int SetCipherList(IConnectionSettings s, byte* text, string function)
    {
        string? str = NativeStrings.Read(text);
        if (str is null)
        {
            Boundary.NullArgument(function);
            return 0;
        }
        List<CipherSuiteInfo>? list = CipherString.Parse(str);
        if (list is null)
        {
            ErrorQueue.PushSsl(SslReason.InvalidCommand, function);
            return 0;
        }
        s.CipherList = list;
        if (list.Count == 0)
        {
            ErrorQueue.PushSsl(SslReason.NoCipherMatch, function);
            return 0;
        }
        return 1;
    }

    /// <summary>SSL_CTX_set_ciphersuites(3): TLS 1.3 names; an empty list turns TLS 1.3 off.</summary>
    public static int SetCiphersuites(IConnectionSettings s, byte* text, string function)
    {
        string? str = NativeStrings.Read(text);
        if (str is null)
        {
            Boundary.NullArgument(function);
            return 0;
        }
        s.Ciphersuites = CipherString.ParseTls13(str);
        return 1;
    }
}
