using System.Collections.Generic;
using LibSsl.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Ssl;

/// <summary>The kinds of key a server can hold one certificate each for.</summary>
internal enum KeyKind
{
    Rsa,
    Ec,
    Ed25519,
}

/// <summary>
/// The certificates and keys an endpoint presents, one slot per key kind
/// as in OpenSSL and LibreSSL, so a server may hold an RSA and an ECDSA
/// certificate at once and serve each client the one it can use.  Setting
/// a certificate or key fills the slot of its kind and makes it current;
/// SSL_CTX_check_private_key(3) looks at the current slot.  A context has
/// one identity; an SSL starts with a copy of its context's.
/// </summary>
internal sealed class Identity
{
    /// <summary>One slot: a chain (leaf first) and the key for its leaf.</summary>
    public sealed class Slot
    {
        public List<BcCertificate>? Chain { get; set; }

        public AsymmetricKeyParameter? Key { get; set; }

        public BcCertificate? Leaf => Chain is { Count: > 0 } ? Chain[0] : null;

        public bool Complete => Leaf is not null && Key is not null;
    }

    private readonly Dictionary<KeyKind, Slot> _slots = new();

    /// <summary>The slot set last, or null before anything was set.</summary>
    public Slot? Current { get; private set; }

    /// <summary>The slots with both a certificate and its key, RSA first (OpenSSL's slot order).</summary>
    public IEnumerable<Slot> CompleteSlots
    {
        get
        {
            foreach (KeyKind kind in new[] { KeyKind.Rsa, KeyKind.Ec, KeyKind.Ed25519 })
                if (_slots.TryGetValue(kind, out Slot? slot) && slot.Complete)
                    yield return slot;
        }
    }

    public static KeyKind? KindOf(AsymmetricKeyParameter key) => key switch
    {
        RsaKeyParameters => KeyKind.Rsa,
        ECKeyParameters => KeyKind.Ec,
        Ed25519PrivateKeyParameters or Ed25519PublicKeyParameters => KeyKind.Ed25519,
        _ => null,
    };

    private Slot? SlotFor(AsymmetricKeyParameter key)
    {
        KeyKind? kind = KindOf(key);
        if (kind is null)
            return null;
        if (!_slots.TryGetValue(kind.Value, out Slot? slot))
            _slots[kind.Value] = slot = new Slot();
        return slot;
    }

    /// <summary>
    /// Sets the chain in the slot of its leaf's key kind; a key already
    /// there that does not belong to the new leaf is dropped, as OpenSSL
    /// does.  False for a key kind we cannot use.
    /// </summary>
    public bool SetChain(List<BcCertificate> chain)
    {
        Slot? slot = SlotFor(chain[0].GetPublicKey());
        if (slot is null)
            return false;
        if (slot.Key is not null && !KeyMaterial.Matches(chain[0], slot.Key))
            slot.Key = null;
        slot.Chain = chain;
        Current = slot;
        return true;
    }

    /// <summary>
    /// Sets the key in the slot of its kind; false when that slot's
    /// certificate is for another key (X509_R_KEY_VALUES_MISMATCH) or the
    /// kind is unusable.
    /// </summary>
    public bool SetKey(AsymmetricKeyParameter key, out bool mismatch)
    {
        mismatch = false;
        Slot? slot = SlotFor(key);
        if (slot is null)
            return false;
        if (slot.Leaf is not null && !KeyMaterial.Matches(slot.Leaf, key))
        {
            mismatch = true;
            return false;
        }
        slot.Key = key;
        Current = slot;
        return true;
    }

    public Identity Copy()
    {
        var copy = new Identity();
        foreach (var (kind, slot) in _slots)
        {
            var s = new Slot { Chain = slot.Chain is null ? null : new List<BcCertificate>(slot.Chain), Key = slot.Key };
            copy._slots[kind] = s;
            if (slot == Current)
                copy.Current = s;
        }
        return copy;
    }
}
