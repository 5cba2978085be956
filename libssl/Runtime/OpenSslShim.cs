using System;
using System.Runtime.InteropServices;
using LibSsl.Tls;

namespace LibSsl.Runtime;

/// <summary>
/// The five entry points of .NET's OpenSSL shim (libSystem.Security.Cryptography.Native.OpenSsl)
/// that this image reaches, answered by us instead.
/// </summary>
/// <remarks>
/// BouncyCastle's SecureRandom seeds a class-wide generator from
/// System.Security.Cryptography.RandomNumberGenerator in its static
/// constructor, so the first TLS connection, key check or EC point operation
/// runs it.  On Linux that generator is OpenSSL's RAND_bytes, reached through
/// .NET's shim, which dlopen()s the system's libssl.so.3 and libcrypto.so.3,
/// reads openssl.cnf, and calls abort() when no OpenSSL 3 is installed: a
/// libssl that loads another libssl, and kills its host on a system (Sortix)
/// that has none.  The build drops .NET's shim archive from the link
/// (libssl.csproj, target DropRuntimeOpenSslShim); its calls are bound at link
/// time (DirectPInvoke) and land here.  Random bytes come from the kernel,
/// as the rest of the engine's do (<see cref="UrandomGenerator"/>).  These
/// symbols are local to the image (the version script exports only
/// Symbols.list), so no program can see or call them.
/// </remarks>
internal static unsafe class OpenSslShim
{
    /// <summary>Nothing to load: 0 is the shim's "initialised".</summary>
    [UnmanagedCallersOnly(EntryPoint = "CryptoNative_EnsureOpenSslInitialized")]
    private static int EnsureOpenSslInitialized()
    {
        try
        {
            return 0;
        }
        catch (Exception)
        {
            return 1;
        }
    }

    /// <summary>RAND_bytes: 1 when <paramref name="count"/> bytes were filled, else 0.</summary>
    [UnmanagedCallersOnly(EntryPoint = "CryptoNative_GetRandomBytes")]
    private static int GetRandomBytes(byte* buffer, int count)
    {
        try
        {
            if (buffer == null || count < 0)
                return 0;
            UrandomGenerator.Instance.NextBytes(new Span<byte>(buffer, count));
            return 1;
        }
        catch (Exception)
        {
            return 0;
        }
    }

    /// <summary>
    /// The OpenSSL error the managed side turns into an exception after a
    /// failed call: there is no OpenSSL, so there is never one.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "CryptoNative_ErrGetExceptionError")]
    private static ulong ErrGetExceptionError(int* isAllocFailure)
    {
        try
        {
            if (isAllocFailure != null)
                *isAllocFailure = 0;
            return 0;
        }
        catch (Exception)
        {
            return 0;
        }
    }

    /// <summary>ERR_error_string_n for an error that cannot occur: an empty string.</summary>
    [UnmanagedCallersOnly(EntryPoint = "CryptoNative_ErrErrorStringN")]
    private static void ErrErrorStringN(ulong error, byte* buffer, int length)
    {
        try
        {
            if (buffer != null && length > 0)
                *buffer = 0;
        }
        catch (Exception)
        {
        }
    }

    /// <summary>EVP_MAX_MD_SIZE, a constant of OpenSSL's headers.</summary>
    [UnmanagedCallersOnly(EntryPoint = "CryptoNative_GetMaxMdSize")]
    private static int GetMaxMdSize()
    {
        try
        {
            return 64;
        }
        catch (Exception)
        {
            return 64;
        }
    }
}
