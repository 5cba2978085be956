using LibSsl.Common;
using Org.BouncyCastle.Asn1;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.X509;

/// <summary>
/// X509: one parsed certificate, reference counted (X509_up_ref(3),
/// X509_free(3)).  The names, serial number, times and public key that the
/// get0 accessors hand out are made once, belong to the certificate and are
/// released with it, as OpenSSL's internal pointers are.
/// </summary>
internal sealed class X509Certificate : RefCounted
{
    private readonly object _lock = new();
    private X509Name? _subject;
    private X509Name? _issuer;
    private Asn1Integer? _serial;
    private Asn1Time? _notBefore;
    private Asn1Time? _notAfter;
    private EvpPkey? _publicKey;
    private byte[]? _der;

    public X509Certificate(BcCertificate value) => Value = value;

    public BcCertificate Value { get; }

    /// <summary>The DER encoding, as received or read.</summary>
    public byte[] Der
    {
        get
        {
            lock (_lock)
                return _der ??= Value.GetEncoded();
        }
    }

    public X509Name Subject => Child(ref _subject, () => X509Name.FromAsn1(Value.CertificateStructure.Subject));

    public X509Name Issuer => Child(ref _issuer, () => X509Name.FromAsn1(Value.CertificateStructure.Issuer));

    public Asn1Integer SerialNumber => Child(ref _serial, () => new Asn1Integer(Value.SerialNumber));

    public Asn1Time NotBefore => Child(ref _notBefore, () => TimeOf(Value.CertificateStructure.StartDate));

    public Asn1Time NotAfter => Child(ref _notAfter, () => TimeOf(Value.CertificateStructure.EndDate));

    /// <summary>X509_get0_pubkey(3): the subject's public key, owned by the certificate.</summary>
    public EvpPkey PublicKey => Child(ref _publicKey, () => new EvpPkey(Value.GetPublicKey()));

    private T Child<T>(ref T? field, System.Func<T> make) where T : class
    {
        lock (_lock)
            return field ??= make();
    }

    private static Asn1Time TimeOf(Org.BouncyCastle.Asn1.X509.Time time)
    {
        byte[] der = time.ToAsn1Object().GetEncoded(Asn1Encodable.Der);
        // A time is short: tag, one length octet, ASCII characters.
        return new Asn1Time(der[0] & 0x1f, System.Text.Encoding.ASCII.GetString(der, 2, der[1]));
    }

    protected override void OnLastRelease()
    {
        lock (_lock)
        {
            _subject?.Release();
            _issuer?.Release();
            _serial?.Release();
            _notBefore?.Release();
            _notAfter?.Release();
            _publicKey?.Release();
            _subject = _issuer = null;
            _serial = null;
            _notBefore = _notAfter = null;
            _publicKey = null;
        }
    }
}
