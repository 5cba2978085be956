using System;
using System.Runtime.InteropServices;
using LibSsl.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>What kind of key an EVP_PKEY is, and its size: EVP_PKEY_get_id(3), EVP_PKEY_get_bits(3).</summary>
internal static unsafe class EvpExports
{
    private const int Lib = 6; // ERR_LIB_EVP

    // EVP_PKEY_* type numbers (evp.h; they are NIDs).
    private const int PkeyNone = 0, PkeyRsa = 6, PkeyEc = 408, PkeyEd25519 = 1087, PkeyEd448 = 1088;

    private static int Id(AsymmetricKeyParameter k) => k switch
    {
        RsaKeyParameters => PkeyRsa,
        ECKeyParameters => PkeyEc,
        Ed25519PublicKeyParameters or Ed25519PrivateKeyParameters => PkeyEd25519,
        Ed448PublicKeyParameters or Ed448PrivateKeyParameters => PkeyEd448,
        _ => PkeyNone,
    };

    // Edwards keys: 256 and 456 bits, the sizes OpenSSL 3 reports.
    private static int Bits(AsymmetricKeyParameter k) => k switch
    {
        RsaKeyParameters r => r.Modulus.BitLength,
        ECKeyParameters ec => ec.Parameters.Curve.FieldSize,
        Ed25519PublicKeyParameters or Ed25519PrivateKeyParameters => 256,
        Ed448PublicKeyParameters or Ed448PrivateKeyParameters => 456,
        _ => 0,
    };

    private static int IdOf(nint pkey, string function)
    {
        EvpPkey? k = Boundary.Resolve<EvpPkey>(pkey, HandleKind.EvpPkey, function, Lib);
        return k is null ? PkeyNone : Id(k.Value);
    }

    private static int BitsOf(nint pkey, string function)
    {
        EvpPkey? k = Boundary.Resolve<EvpPkey>(pkey, HandleKind.EvpPkey, function, Lib);
        return k is null ? 0 : Bits(k.Value);
    }

    [UnmanagedCallersOnly(EntryPoint = "EVP_PKEY_get_id")]
    public static int EVP_PKEY_get_id(nint pkey)
    {
        ForkGate.Enter();
        try
        {
            return IdOf(pkey, "EVP_PKEY_get_id");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "EVP_PKEY_get_id", Lib, PkeyNone);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "EVP_PKEY_id")]
    public static int EVP_PKEY_id(nint pkey)
    {
        ForkGate.Enter();
        try
        {
            return IdOf(pkey, "EVP_PKEY_id");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "EVP_PKEY_id", Lib, PkeyNone);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "EVP_PKEY_get_bits")]
    public static int EVP_PKEY_get_bits(nint pkey)
    {
        ForkGate.Enter();
        try
        {
            return BitsOf(pkey, "EVP_PKEY_get_bits");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "EVP_PKEY_get_bits", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "EVP_PKEY_bits")]
    public static int EVP_PKEY_bits(nint pkey)
    {
        ForkGate.Enter();
        try
        {
            return BitsOf(pkey, "EVP_PKEY_bits");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "EVP_PKEY_bits", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
