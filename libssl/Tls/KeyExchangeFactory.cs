using System.IO;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace LibSsl.Tls;

/// <summary>
/// BouncyCastle's key exchanges, noting the group a TLS 1.2 (EC)DHE
/// exchange used: SecurityParameters records it only for TLS 1.3, and
/// SSL_get_negotiated_group(3) must answer for both.
/// </summary>
internal sealed class KeyExchangeFactory : DefaultTlsKeyExchangeFactory
{
    /// <summary>The TLS 1.2 key-exchange group (code point), or -1.</summary>
    public int Group { get; set; } = -1;

    /// <summary>The group of the connection: TLS 1.3's from its security parameters, else the one recorded here.</summary>
    public int GroupFor(TlsContext? context) =>
        context?.SecurityParameters.NegotiatedGroup is int g && g >= 0 ? g : Group;

    public override TlsKeyExchange CreateECDheKeyExchangeClient(int keyExchange) =>
        new RecordingECDheKeyExchange(keyExchange, this);

    public override TlsKeyExchange CreateECDheKeyExchangeServer(int keyExchange, TlsECConfig ecConfig)
    {
        Group = ecConfig.NamedGroup;
        return base.CreateECDheKeyExchangeServer(keyExchange, ecConfig);
    }

    public override TlsKeyExchange CreateDheKeyExchangeServer(int keyExchange, TlsDHConfig dhConfig)
    {
        Group = dhConfig.NamedGroup;
        return base.CreateDheKeyExchangeServer(keyExchange, dhConfig);
    }

    /// <summary>A client's ECDHE exchange learns the curve from the ServerKeyExchange.</summary>
    private sealed class RecordingECDheKeyExchange : TlsECDheKeyExchange
    {
        private readonly KeyExchangeFactory _factory;

        public RecordingECDheKeyExchange(int keyExchange, KeyExchangeFactory factory) : base(keyExchange)
        {
            _factory = factory;
        }

        /// <summary>
        /// Anything but the server's Certificate where it was due (a
        /// ServerKeyExchange first, say): BouncyCastle calls this an
        /// internal error, but it is the peer's unexpected_message, as
        /// OpenSSL reports it.
        /// </summary>
        public override void SkipServerCredentials()
        {
            if (m_keyExchange != KeyExchangeAlgorithm.ECDH_anon)
                throw new TlsFatalAlert(AlertDescription.unexpected_message);
            base.SkipServerCredentials();
        }

        public override void ProcessServerKeyExchange(Stream input)
        {
            base.ProcessServerKeyExchange(input);
            _factory.Group = m_ecConfig.NamedGroup;
        }
    }
}
