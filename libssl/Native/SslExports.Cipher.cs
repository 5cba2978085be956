using System;
using System.Runtime.InteropServices;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

// SSL_CIPHER_get_name(3): what an SSL_CIPHER says about itself.
internal static unsafe partial class SslExports
{
    private static SslCipher? Cipher(nint cipher, string function) =>
        Boundary.Resolve<SslCipher>(cipher, HandleKind.SslCipher, function);

    /// <summary>0x03000000 | the two-byte IANA code, as OpenSSL numbers suites.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CIPHER_get_id")]
    public static uint SSL_CIPHER_get_id(nint cipher)
    {
        ForkGate.Enter();
        try
        {
            SslCipher? c = Cipher(cipher, "SSL_CIPHER_get_id");
            return c is null ? 0 : 0x03000000u | (uint)c.Info.Id;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CIPHER_get_id", Lib, 0u);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>The secret bits of the cipher; the algorithm's bits go to *alg_bits too.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CIPHER_get_bits")]
    public static int SSL_CIPHER_get_bits(nint cipher, int* algBits)
    {
        ForkGate.Enter();
        try
        {
            SslCipher? c = cipher == 0 ? null : Cipher(cipher, "SSL_CIPHER_get_bits");
            int bits = c?.Info.Bits ?? 0;
            if (algBits != null)
                *algBits = bits;
            return bits;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CIPHER_get_bits", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>The protocol version that introduced the suite; "(NONE)" for NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CIPHER_get_version")]
    public static nint SSL_CIPHER_get_version(nint cipher)
    {
        ForkGate.Enter();
        try
        {
            if (cipher == 0)
                return (nint)NativeStrings.Constant("(NONE)");
            SslCipher? c = Cipher(cipher, "SSL_CIPHER_get_version");
            if (c is null)
                return 0;
            // The version that introduced the suite, with OpenSSL's one
            // quirk: TLS 1.0 is "TLSv1.0" here although "TLSv1" elsewhere.
            string version = c.Info.Tls13 ? "TLSv1.3"
                : c.Info.Mac != "SHA1" ? "TLSv1.2"
                : c.Info.Kx == "RSA" ? "SSLv3" : "TLSv1.0";
            return (nint)NativeStrings.Constant(version);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CIPHER_get_version", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>The RFC name of the suite (TLS_ECDHE_ECDSA_WITH_...); NULL for NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CIPHER_standard_name")]
    public static nint SSL_CIPHER_standard_name(nint cipher)
    {
        ForkGate.Enter();
        try
        {
            if (cipher == 0)
                return 0;
            SslCipher? c = Cipher(cipher, "SSL_CIPHER_standard_name");
            return c is null ? 0 : (nint)NativeStrings.Constant(c.Info.StandardName);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CIPHER_standard_name", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
