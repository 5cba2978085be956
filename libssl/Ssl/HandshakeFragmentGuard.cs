using Org.BouncyCastle.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// RFC 8446 5.1: handshake messages MUST NOT be interleaved with other
/// record types.  BouncyCastle takes an alert (or a ChangeCipherSpec)
/// between two fragments of one handshake message and carries on, so this
/// guard follows the message boundaries itself while the peer's records are
/// still plaintext, and refuses any other record inside a message with
/// unexpected_message, as OpenSSL does.  Once a ChangeCipherSpec or an
/// encrypted record has passed, the contents are no longer visible here and
/// the guard steps aside.  While it watches, our own records are plaintext
/// too, so the SSL layer can send the alert itself.
/// </summary>
internal sealed class HandshakeFragmentGuard
{
    private int _headerHave;
    private int _length;
    private int _bodyLeft;
    private bool _blind;

    /// <summary>True while part of a handshake message has arrived and the rest has not.</summary>
    public bool InsideMessage => _headerHave > 0 || _bodyLeft > 0;

    /// <summary>Looks at one whole record before the engine gets it; throws for one that may not come now.</summary>
    public void Check(byte[] record, int length)
    {
        if (_blind || length < TlsEngineHeader)
            return;
        short type = record[0];
        if (type != ContentType.handshake)
        {
            if (InsideMessage)
                throw new TlsFatalAlert(AlertDescription.unexpected_message);
            if (type == ContentType.change_cipher_spec || type == ContentType.application_data)
                _blind = true;
            return;
        }
        for (int at = TlsEngineHeader; at < length;)
        {
            if (_bodyLeft > 0)
            {
                int take = System.Math.Min(_bodyLeft, length - at);
                _bodyLeft -= take;
                at += take;
                continue;
            }
            // Message header: type, then a 24-bit length.
            if (_headerHave > 0)
                _length = (_length << 8) | record[at];
            _headerHave++;
            at++;
            if (_headerHave == 4)
            {
                _headerHave = 0;
                _bodyLeft = _length;
                _length = 0;
            }
        }
    }

    private const int TlsEngineHeader = LibSsl.Tls.TlsEngine.HeaderLength;
}
