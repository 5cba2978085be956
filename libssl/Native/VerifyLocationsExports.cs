using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Where trusted certificates come from: SSL_CTX_load_verify_locations(3),
/// SSL_CTX_set_default_verify_paths(3).
/// </summary>
internal static unsafe class VerifyLocationsExports
{
    /// <summary>Debian's bundle and hashed directory, read unless SSL_CERT_FILE / SSL_CERT_DIR say otherwise.</summary>
    public const string DefaultCertFile = "/etc/ssl/certs/ca-certificates.crt";
    public const string DefaultCertDir = "/etc/ssl/certs";

    private const int X509NoCertificateOrCrlFound = 136;

    /// <summary>
    /// Loads a CA file into <paramref name="store"/>; on failure leaves the
    /// queue as OpenSSL does (fopen's errno, then X509's reason).
    /// </summary>
    public static bool LoadFile(TrustStore store, string path, string function)
    {
        int n = store.LoadFile(path, out LoadFailure failure);
        if (n > 0)
            return true;
        switch (failure)
        {
            case LoadFailure.NoSuchFile:
            case LoadFailure.Unreadable:
                ErrorQueue.Push(ErrorCode.LibSys, failure == LoadFailure.NoSuchFile ? 2 : 13, function,
                    "calling fopen(" + path + ", r)");
                // As BIO_new_file: "no such file" for ENOENT, a system error otherwise.
                ErrorQueue.Push(ErrorCode.LibBio,
                    failure == LoadFailure.NoSuchFile ? BioReason.NoSuchFile : ErrorCode.RSysLib, function);
                ErrorQueue.Push(ErrorCode.LibX509, ErrorCode.RSysLib, function);
                break;
            default:
                ErrorQueue.Push(ErrorCode.LibX509, X509NoCertificateOrCrlFound, function);
                break;
        }
        return false;
    }

    private static int Load(nint ctx, byte* file, byte* dir, string function)
    {
        SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, function);
        if (c is null)
            return 0;
        string? f = NativeStrings.Read(file), d = NativeStrings.Read(dir);
        if (f is null && d is null)
            return 0;
        if (f is not null && !LoadFile(c.CertStore, f, function))
            return 0;
        if (d is not null)
            c.CertStore.AddDirectory(d);
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_load_verify_locations")]
    public static int SSL_CTX_load_verify_locations(nint ctx, byte* file, byte* dir)
    {
        const string Fn = "SSL_CTX_load_verify_locations";
        ForkGate.Enter();
        try
        {
            return Load(ctx, file, dir, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_load_verify_file")]
    public static int SSL_CTX_load_verify_file(nint ctx, byte* file)
    {
        const string Fn = "SSL_CTX_load_verify_file";
        ForkGate.Enter();
        try
        {
            if (file == null)
            {
                Boundary.NullArgument(Fn);
                return 0;
            }
            return Load(ctx, file, null, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_load_verify_dir")]
    public static int SSL_CTX_load_verify_dir(nint ctx, byte* dir)
    {
        const string Fn = "SSL_CTX_load_verify_dir";
        ForkGate.Enter();
        try
        {
            if (dir == null)
            {
                Boundary.NullArgument(Fn);
                return 0;
            }
            return Load(ctx, null, dir, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// The system's trusted certificates: the file named by SSL_CERT_FILE
    /// (else Debian's bundle) and the directory named by SSL_CERT_DIR (else
    /// /etc/ssl/certs).  As in OpenSSL, a missing file is not an error.
    /// </summary>
    public static void SetDefaultPaths(TrustStore store)
    {
        string file = Mono.Unix.Native.Stdlib.getenv("SSL_CERT_FILE") ?? DefaultCertFile;
        string dir = Mono.Unix.Native.Stdlib.getenv("SSL_CERT_DIR") ?? DefaultCertDir;
        store.LoadFile(file, out _);
        foreach (string d in dir.Split(':', StringSplitOptions.RemoveEmptyEntries))
            store.AddDirectory(d);
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_default_verify_paths")]
    public static int SSL_CTX_set_default_verify_paths(nint ctx)
    {
        const string Fn = "SSL_CTX_set_default_verify_paths";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            if (c is null)
                return 0;
            SetDefaultPaths(c.CertStore);
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
