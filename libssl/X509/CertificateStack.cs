using System.Collections.Generic;
using LibSsl.Common;

namespace LibSsl.X509;

/// <summary>
/// STACK_OF(X509): an ordered list of certificates (sk_X509_num(3)).  As in
/// C, the stack holds no references of its own: whoever built it decides
/// who frees the certificates (sk_X509_pop_free, or the owner of a get0
/// stack such as the one of SSL_get_peer_cert_chain(3)).
/// </summary>
internal sealed class CertificateStack : RefCounted
{
    public CertificateStack(IEnumerable<X509Certificate>? items = null)
    {
        if (items is not null)
            Items.AddRange(items);
    }

    public List<X509Certificate> Items { get; } = new();
}
