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
        Init(store, leaf, untrusted, param);
    }

    /// <summary>X509_STORE_CTX_new(3): an empty context, to be set up by <see cref="Init"/>.</summary>
    public VerifyContext()
    {
    }

    /// <summary>The trust store; an empty one when none was given (X509_STORE_CTX_init with NULL).</summary>
    public TrustStore Store { get; private set; } = s_noStore;

    private static readonly TrustStore s_noStore = new();

    /// <summary>The certificate to verify; null on a context not (or no longer) set up.</summary>
    public CertificateFacts? Leaf { get; private set; }

    /// <summary>The other certificates the peer sent, in its order; any may serve as an intermediate.</summary>
    public IReadOnlyList<BcCertificate> Untrusted { get; private set; } = new List<BcCertificate>();

    /// <summary>The parameters, owned by the context (X509_STORE_CTX_set0_param(3) replaces them).</summary>
    public VerifyParam Param { get; private set; } = new();

    /// <summary>Set once X509_verify_cert(3) has run: a context verifies once per X509_STORE_CTX_init.</summary>
    public bool Verified { get; set; }

    /// <summary>
    /// Sets the context up for one verification (X509_STORE_CTX_init(3)),
    /// after dropping what a previous one left (X509_STORE_CTX_cleanup(3)).
    /// </summary>
    public void Init(TrustStore? store, BcCertificate? leaf, IReadOnlyList<BcCertificate> untrusted, VerifyParam param)
    {
        Cleanup();
        if (store is not null)
        {
            store.UpRef();
            Store = store;
        }
        Leaf = leaf is null ? null : new CertificateFacts(leaf);
        Untrusted = untrusted;
        SetParam(param);
    }

    /// <summary>
    /// True when the parameters were handed over whole by
    /// X509_STORE_CTX_set0_param(3): no defaults stand behind them, so an
    /// unset depth (-1) is not the default 100.
    /// </summary>
    public bool ParamIsRaw { get; set; }

    /// <summary>Replaces the parameters, taking over the caller's reference.</summary>
    public void SetParam(VerifyParam param)
    {
        VerifyParam old = Param;
        Param = param;
        if (!ReferenceEquals(old, param))
            old.Release();
    }

    /// <summary>
    /// X509_STORE_CTX_cleanup(3): forgets the store, the certificates, the
    /// chain, the parameters, the callback and the data slots, so the
    /// context may be set up again.
    /// </summary>
    public void Cleanup()
    {
        ReleaseObjects();
        if (!ReferenceEquals(Store, s_noStore))
            Store.Release();
        Store = s_noStore;
        Leaf = null;
        Untrusted = new List<BcCertificate>();
        SetParam(new VerifyParam());
        Callback = null;
        Chain.Clear();
        NumUntrusted = 0;
        Error = 0;
        ErrorDepth = 0;
        CurrentCert = null;
        Verified = false;
        ParamIsRaw = false;
        lock (ExData)
            ExData.Clear();
    }

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

    private CertificateStack? _chainStack;

    /// <summary>
    /// X509_STORE_CTX_get0_chain(3): the chain as a stack the context owns,
    /// leaf first; null before a verification.
    /// </summary>
    public CertificateStack? ChainStack()
    {
        if (!Verified)
            return null;
        lock (Objects)
        {
            if (_chainStack is null)
            {
                _chainStack = new CertificateStack();
                foreach (CertificateFacts f in Chain)
                    _chainStack.Items.Add(ObjectFor(f));
            }
            return _chainStack;
        }
    }

    /// <summary>
    /// X509_STORE_CTX_get1_chain(3): a new stack holding a reference to
    /// each certificate of the chain, for the caller to free with
    /// sk_X509_pop_free(3); null before a verification.
    /// </summary>
    public CertificateStack? CopyChain()
    {
        if (!Verified)
            return null;
        var stack = new CertificateStack();
        foreach (CertificateFacts f in Chain)
        {
            X509Certificate x = ObjectFor(f);
            x.UpRef();
            stack.Items.Add(x);
        }
        return stack;
    }

    private void ReleaseObjects()
    {
        lock (Objects)
        {
            if (_chainStack is not null)
            {
                _chainStack.Items.Clear();
                _chainStack.Release();
                _chainStack = null;
            }
            foreach (X509Certificate x in Objects.Values)
                x.Release();
            Objects.Clear();
        }
    }

    protected override void OnLastRelease()
    {
        ReleaseObjects();
        if (!ReferenceEquals(Store, s_noStore))
            Store.Release();
        Param.Release();
    }
}
