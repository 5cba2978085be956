using System.Collections.Generic;
using System.Linq;
using LibSsl.Err;
using LibSsl.Tls;

namespace LibSsl.Ssl;

// SSL_connect(3), SSL_do_handshake(3).
internal sealed partial class Ssl
{
    public int Connect(string function)
    {
        if (Role == Role.Unset)
            SetConnectState();
        return DoHandshake(function);
    }

    /// <summary>
    /// Drives the handshake as far as the BIOs allow.  1 when it is complete;
    /// -1 when a BIO asked for a retry (SSL_ERROR_WANT_READ/WRITE) or on a
    /// fatal error (reason on the queue); 0 when the peer closed the
    /// connection in the middle.
    /// </summary>
    public int DoHandshake(string function)
    {
        RwState = RwState.Nothing;
        if (Role == Role.Unset)
        {
            ErrorQueue.PushSsl(SslReason.ConnectionTypeNotSet, function);
            return -1;
        }
        if (Role == Role.Server)
        {
            // The server side of the engine is not built yet; say so plainly.
            ErrorQueue.Push(ErrorCode.LibSsl, ErrorCode.RUnsupported, function, "server role");
            return -1;
        }
        if (_rbio is null || _wbio is null)
        {
            ErrorQueue.PushSsl(SslReason.BioNotSet, function);
            return -1;
        }
        if (_failed)
            return RefuseAfterFailure(function);

        if (_engine is null && !StartEngine(function))
            return -1;

        while (true)
        {
            if (Flush() < 0)
                return -1;
            if (_engine!.HandshakeComplete)
                return 1;
            int r = ReadRecord(function);
            if (r <= 0)
                return r;
        }
    }

    private bool StartEngine(string function)
    {
        TlsConfig? config = BuildConfig(function);
        if (config is null)
            return false;
        _engine = TlsEngine.CreateClient(config);
        try
        {
            _engine.Start();
        }
        catch (System.Exception e)
        {
            Fatal(e, function);
            return false;
        }
        return true;
    }

    /// <summary>
    /// Resolves versions, options and cipher lists into what the engine
    /// offers.  A version with no usable suite is left out; nothing left at
    /// all is "no protocols available" (or "no ciphers available").
    /// </summary>
    private TlsConfig? BuildConfig(string function)
    {
        int min = System.Math.Max(MinVersion == 0 ? TlsVersion.Tls12 : MinVersion, TlsVersion.Tls12);
        int max = MaxVersion == 0 ? TlsVersion.Tls13 : MaxVersion;
        if ((Options & SslOptions.NoTlsv1_3) != 0 && max >= TlsVersion.Tls13)
            max = TlsVersion.Tls12;
        if ((Options & SslOptions.NoTlsv1_2) != 0 && min <= TlsVersion.Tls12)
            min = TlsVersion.Tls13;

        bool tls13 = min <= TlsVersion.Tls13 && max >= TlsVersion.Tls13;
        bool tls12 = min <= TlsVersion.Tls12 && max >= TlsVersion.Tls12;
        if (!tls13 && !tls12)
        {
            ErrorQueue.PushSsl(SslReason.NoProtocolsAvailable, function);
            return null;
        }

        var suites = new List<int>();
        if (tls13)
            suites.AddRange(Ciphersuites.Select(c => c.Id));
        if (tls12)
            suites.AddRange(CipherList.Select(c => c.Id));
        tls13 &= Ciphersuites.Count > 0;
        tls12 &= CipherList.Count > 0;
        if (!tls13 && !tls12)
        {
            ErrorQueue.PushSsl(SslReason.NoCiphersAvailable, function);
            return null;
        }

        return new TlsConfig
        {
            Versions = TlsConfig.VersionRange(tls12 ? TlsVersion.Tls12 : TlsVersion.Tls13,
                tls13 ? TlsVersion.Tls13 : TlsVersion.Tls12),
            CipherSuites = suites.ToArray(),
            Groups = TlsConfig.DefaultGroups,
            ServerName = ServerName,
        };
    }

}
