using System.Collections.Generic;
using LibSsl.Common;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.X509;

/// <summary>
/// The verify callback's contract (SSL_CTX_set_verify(3)): called with
/// preverify_ok 0 for each problem found and 1 for each depth that passed;
/// what it returns replaces preverify_ok.
/// </summary>
internal delegate int VerifyCallback(int preverifyOk, VerifyContext context);

/// <summary>
/// X509_STORE_CTX: one verification in progress, and what a verify
/// callback may inspect: the chain built so far, the error and its depth,
/// the certificate at that depth, and the application's data slots.
/// </summary>
internal sealed class VerifyContext : RefCounted
{
    public VerifyContext(TrustStore store, BcCertificate leaf, IReadOnlyList<BcCertificate> untrusted, VerifyParam param)
    {
        store.UpRef();
        Store = store;
        Leaf = new CertificateFacts(leaf);
        Untrusted = untrusted;
        Param = param;
    }

    public TrustStore Store { get; }

    public CertificateFacts Leaf { get; }

    /// <summary>The other certificates the peer sent, in its order; any may serve as an intermediate.</summary>
    public IReadOnlyList<BcCertificate> Untrusted { get; }

    public VerifyParam Param { get; }

    public VerifyCallback? Callback { get; set; }

    /// <summary>The chain, leaf first; the part from NumUntrusted up came from the store.</summary>
    public List<CertificateFacts> Chain { get; } = new();

    public int NumUntrusted { get; set; }

    /// <summary>X509_STORE_CTX_get_error(3); X509_V_OK until a problem is found.</summary>
    public int Error { get; set; }

    /// <summary>X509_STORE_CTX_get_error_depth(3).</summary>
    public int ErrorDepth { get; set; }

    /// <summary>X509_STORE_CTX_get_current_cert(3): the certificate the callback is being told about.</summary>
    public CertificateFacts? CurrentCert { get; set; }

    /// <summary>X509_STORE_CTX_set_ex_data(3) slots; slot 0 holds the SSL for an SSL's verification.</summary>
    public Dictionary<int, nint> ExData { get; } = new();

    /// <summary>
    /// The X509 objects handed to C for certificates of this verification,
    /// one per certificate, kept alive as long as the context is.
    /// </summary>
    public Dictionary<CertificateFacts, X509Certificate> Objects { get; } = new(ReferenceEqualityComparer.Instance);

    public X509Certificate ObjectFor(CertificateFacts facts)
    {
        lock (Objects)
        {
            if (!Objects.TryGetValue(facts, out X509Certificate? x))
            {
                x = new X509Certificate(facts.Certificate);
                Objects[facts] = x;
            }
            return x;
        }
    }

    protected override void OnLastRelease()
    {
        lock (Objects)
        {
            foreach (X509Certificate x in Objects.Values)
                x.Release();
            Objects.Clear();
        }
        Store.Release();
    }
}
