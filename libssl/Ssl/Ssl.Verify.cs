using System.Collections.Generic;
using LibSsl.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Ssl;

// SSL_CTX_set_verify(3), SSL_get_verify_result(3), SSL_set1_host(3).
internal sealed partial class Ssl
{
    /// <summary>SSL_VERIFY_* bits.</summary>
    public const int VerifyNone = 0;
    public const int VerifyPeer = 1;
    public const int VerifyFailIfNoPeerCert = 2;

    /// <summary>The X509_STORE_CTX ex_data slot that holds the SSL (SSL_get_ex_data_X509_STORE_CTX_idx(3)).</summary>
    public const int StoreContextSslIndex = 0;

    public int VerifyMode { get; set; }

    public VerifyCallback? VerifyCallback { get; set; }

    public nint VerifyCallbackPointer { get; set; }

    public VerifyParam Param { get; private set; } = new();

    /// <summary>SSL_get_verify_result(3): X509_V_OK until a verification says otherwise.</summary>
    public long VerifyResult { get; set; }

    /// <summary>
    /// Verifies the chain the peer sent, against the context's trust store
    /// as it is now, with this SSL's parameters and callback.  The result is
    /// kept for SSL_get_verify_result(3) whatever the mode; only under
    /// SSL_VERIFY_PEER does a failure end the handshake, with the alert
    /// OpenSSL sends for that error.  Returns the alert, or -1.
    /// </summary>
    private short VerifyPeerChain(Org.BouncyCastle.Tls.Certificate received)
    {
        var certs = new List<BcCertificate>();
        for (int i = 0; i < received.Length; i++)
            certs.Add(new BcCertificate(received.GetCertificateAt(i).GetEncoded()));
        if (certs.Count == 0)
            return -1;

        VerifyParam param = Param.Copy();
        param.Flags |= Context.CertStore.Flags;
        // As X509_STORE_CTX_set_default(): only a purpose the caller did not set.
        if (param.Purpose == VerifyPurpose.Unset)
            param.Purpose = Role == Role.Server ? VerifyPurpose.SslClient : VerifyPurpose.SslServer;
        var context = new VerifyContext(Context.CertStore, certs[0], certs.GetRange(1, certs.Count - 1), param)
        {
            Callback = VerifyCallback,
        };
        context.ExData[StoreContextSslIndex] = Handle;
        try
        {
            int ok = ChainVerifier.Verify(context);
            VerifyResult = context.Error;
            VerifiedChain = context.CopyChain();
            Param.PeerName = param.PeerName;
            if (ok <= 0 && (VerifyMode & VerifyPeer) != 0)
                return VerifyAlert.For(context.Error);
            return -1;
        }
        finally
        {
            context.Release();
        }
    }
}
