using LibSsl.Common;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.X509;

/// <summary>X509: one parsed certificate, reference counted (X509_up_ref(3), X509_free(3)).</summary>
internal sealed class X509Certificate : RefCounted
{
    public X509Certificate(BcCertificate value) => Value = value;

    public BcCertificate Value { get; }
}
