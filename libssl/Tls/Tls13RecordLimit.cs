using System;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace LibSsl.Tls;

/// <summary>
/// A TLS 1.3 record cipher that accepts what RFC 8446 5.2 allows: an
/// encrypted record of up to 2^14 + 256 bytes.  BouncyCastle bounds it by
/// the largest record it would send itself (2^14 plaintext, the content
/// type and the tag: 2^14 + 17), so a peer that pads a full record -- as
/// the RFC permits -- was refused with record_overflow.  Everything else
/// is the wrapped cipher's; the plaintext limit is still enforced after
/// decryption.
/// </summary>
internal sealed class Tls13RecordLimit : TlsCipher
{
    /// <summary>RFC 8446 5.2: TLSCiphertext.length MUST NOT exceed 2^14 + 256.</summary>
    private const int Expansion = 256;

    private readonly TlsCipher _inner;

    public Tls13RecordLimit(TlsCipher inner) => _inner = inner;

    public int GetCiphertextDecodeLimit(int plaintextLimit) =>
        Math.Max(_inner.GetCiphertextDecodeLimit(plaintextLimit), plaintextLimit + Expansion);

    public int GetCiphertextEncodeLimit(int plaintextLength, int plaintextLimit) =>
        _inner.GetCiphertextEncodeLimit(plaintextLength, plaintextLimit);

    public int GetPlaintextLimit(int ciphertextLimit) => _inner.GetPlaintextLimit(ciphertextLimit);

    public TlsEncodeResult EncodePlaintext(long seqNo, short contentType, ProtocolVersion recordVersion,
        int headerAllocation, byte[] plaintext, int offset, int len) =>
        _inner.EncodePlaintext(seqNo, contentType, recordVersion, headerAllocation, plaintext, offset, len);

    public TlsEncodeResult EncodePlaintext(long seqNo, short contentType, ProtocolVersion recordVersion,
        int headerAllocation, ReadOnlySpan<byte> plaintext) =>
        _inner.EncodePlaintext(seqNo, contentType, recordVersion, headerAllocation, plaintext);

    public TlsDecodeResult DecodeCiphertext(long seqNo, short recordType, ProtocolVersion recordVersion,
        byte[] ciphertext, int offset, int len) =>
        _inner.DecodeCiphertext(seqNo, recordType, recordVersion, ciphertext, offset, len);

    public void RekeyDecoder() => _inner.RekeyDecoder();

    public void RekeyEncoder() => _inner.RekeyEncoder();

    public bool UsesOpaqueRecordType => _inner.UsesOpaqueRecordType;
}
