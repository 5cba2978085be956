using System;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// A server context's RFC 5077 ticket key (SSL_CTX_set_options(3),
/// SSL_OP_NO_TICKET): random, made with the context and never shown, so
/// a ticket can only be opened by the context that sealed it, as with
/// OpenSSL's default keys.  A ticket is our session encoding
/// (<see cref="SessionEncoding"/>) sealed with BouncyCastle's AES-256-GCM:
/// key name (16 bytes, in the clear, so a foreign ticket is told apart
/// without trying to decrypt it), nonce (12 random bytes), ciphertext,
/// tag (16 bytes); the key name is authenticated too.  Anything that does
/// not open, decode and fall within its session's lifetime is no session:
/// the handshake is then a full one, never an error (RFC 5077 3.3).
/// </summary>
internal sealed class SessionTicketKeys
{
    public const int NameLength = 16;
    private const int KeyLength = 32;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly byte[] _name;
    private readonly byte[] _key;
    private readonly SecureRandom _random;

    public SessionTicketKeys() : this(new SecureRandom(UrandomGenerator.Instance))
    {
    }

    public SessionTicketKeys(SecureRandom random)
    {
        _random = random;
        _name = new byte[NameLength];
        _key = new byte[KeyLength];
        random.NextBytes(_name);
        random.NextBytes(_key);
    }

    /// <summary>The key name every ticket of this context starts with.</summary>
    public ReadOnlySpan<byte> Name => _name;

    /// <summary>Encrypts and authenticates <paramref name="plain"/> into a ticket.</summary>
    public byte[] Seal(byte[] plain)
    {
        byte[] nonce = new byte[NonceLength];
        _random.NextBytes(nonce);
        GcmBlockCipher gcm = Cipher(true, nonce);
        byte[] ticket = new byte[NameLength + NonceLength + gcm.GetOutputSize(plain.Length)];
        _name.CopyTo(ticket, 0);
        nonce.CopyTo(ticket, NameLength);
        int n = gcm.ProcessBytes(plain, 0, plain.Length, ticket, NameLength + NonceLength);
        gcm.DoFinal(ticket, NameLength + NonceLength + n);
        return ticket;
    }

    /// <summary>What <see cref="Seal"/> sealed; null for another key's ticket, a changed byte or a short one.</summary>
    public byte[]? Open(ReadOnlySpan<byte> ticket)
    {
        if (ticket.Length < NameLength + NonceLength + TagLength || !ticket[..NameLength].SequenceEqual(_name))
            return null;
        GcmBlockCipher gcm = Cipher(false, ticket.Slice(NameLength, NonceLength).ToArray());
        byte[] sealedPart = ticket[(NameLength + NonceLength)..].ToArray();
        byte[] plain = new byte[gcm.GetOutputSize(sealedPart.Length)];
        try
        {
            int n = gcm.ProcessBytes(sealedPart, 0, sealedPart.Length, plain, 0);
            gcm.DoFinal(plain, n);
        }
        catch (InvalidCipherTextException)
        {
            return null;
        }
        return plain;
    }

    /// <summary>A ticket for <paramref name="session"/>.</summary>
    public byte[] Issue(SslSession session) => Seal(SessionEncoding.Encode(session));

    /// <summary>
    /// The session in <paramref name="ticket"/> if it opens, decodes whole
    /// and has not expired at <paramref name="now"/> (OpenSSL's test:
    /// time + timeout &lt; now is expired); null otherwise.
    /// </summary>
    public SslSession? Redeem(ReadOnlySpan<byte> ticket, long now)
    {
        byte[]? plain = Open(ticket);
        if (plain is null)
            return null;
        SslSession? session = SessionEncoding.Decode(plain, out int consumed, out _);
        if (session is null || consumed != plain.Length || session.ExpiredAt(now))
            return null;
        return session;
    }

    private GcmBlockCipher Cipher(bool encrypt, byte[] nonce)
    {
        var gcm = new GcmBlockCipher(new AesEngine());
        gcm.Init(encrypt, new AeadParameters(new KeyParameter(_key), TagLength * 8, nonce, _name));
        return gcm;
    }
}
