using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>Library initialisation and version: OPENSSL_init_ssl(3), OpenSSL_version(3).</summary>
internal static unsafe class CryptoExports
{
    /// <summary>The version we answer to; kept equal to OPENSSL_VERSION_NUMBER in opensslv.h.</summary>
    public const uint VersionNumber = 0x30000000;

    public const string VersionText = "OpenSSL 3.0.0 compatible (libssl-cs 0.1.0)";

    // Initialisation happens on first use of any function, so these only
    // report success; they exist because programs call them.
    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_init_ssl")]
    public static int OPENSSL_init_ssl(ulong opts, void* settings)
    {
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_init_crypto")]
    public static int OPENSSL_init_crypto(ulong opts, void* settings)
    {
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_library_init")]
    public static int SSL_library_init()
    {
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_load_error_strings")]
    public static void SSL_load_error_strings()
    {
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_load_crypto_strings")]
    public static void ERR_load_crypto_strings()
    {
    }

    [UnmanagedCallersOnly(EntryPoint = "OpenSSL_version_num")]
    public static nuint OpenSSL_version_num()
    {
        return VersionNumber;
    }

    [UnmanagedCallersOnly(EntryPoint = "OpenSSL_version")]
    public static nint OpenSSL_version(int type)
    {
        ForkGate.Enter();
        try
        {
            string text = type switch
            {
                0 => VersionText,
                1 => "compiler: .NET NativeAOT",
                2 => "built on: reproducible build, date unspecified",
                3 => "platform: linux-x86_64",
                4 => "OPENSSLDIR: \"/etc/ssl\"",
                5 => "ENGINESDIR: \"\"",
                6 => "3.0.0",
                7 => "3.0.0-libssl-cs-0.1.0",
                8 => "MODULESDIR: \"\"",
                9 => "CPUINFO: N/A",
                _ => "not available",
            };
            return (nint)NativeStrings.Constant(text);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "OpenSSL_version", ErrorCode.LibCrypto, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    // Memory that the library hands to C (X509_NAME_oneline with no
    // buffer, i2d_X509 with *out NULL) comes from malloc, so OPENSSL_free
    // (CRYPTO_free) and free(3) may both release it.

    [UnmanagedCallersOnly(EntryPoint = "CRYPTO_malloc")]
    public static void* CRYPTO_malloc(nuint num, byte* file, int line)
    {
        ForkGate.Enter();
        try
        {
            return num == 0 ? null : NativeMemory.Alloc(num);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "CRYPTO_malloc", ErrorCode.LibCrypto, 0);
            return null;
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "CRYPTO_zalloc")]
    public static void* CRYPTO_zalloc(nuint num, byte* file, int line)
    {
        ForkGate.Enter();
        try
        {
            return num == 0 ? null : NativeMemory.AllocZeroed(num);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "CRYPTO_zalloc", ErrorCode.LibCrypto, 0);
            return null;
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "CRYPTO_free")]
    public static void CRYPTO_free(void* ptr, byte* file, int line)
    {
        ForkGate.Enter();
        try
        {
            NativeMemory.Free(ptr);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "CRYPTO_free", ErrorCode.LibCrypto, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
