using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Native;

/// <summary>
/// A server's certificate and key from files: SSL_CTX_use_certificate(3).
/// The SSL_CTX_* forms set the context's identity, the SSL_* forms one
/// connection's; both are the same code over <see cref="Identity"/>.
/// </summary>
internal static unsafe class SslCertExports
{
    private const int Lib = ErrorCode.LibSsl;

    private static Identity? Of(nint handle, bool isSsl, string function) => isSsl
        ? Boundary.Resolve<Ssl.Ssl>(handle, HandleKind.Ssl, function)?.Identity
        : Boundary.Resolve<SslContext>(handle, HandleKind.SslContext, function)?.Identity;

    private static string? Path(byte* file, string function)
    {
        string? path = NativeStrings.Read(file);
        if (path is null)
            Boundary.NullArgument(function);
        return path;
    }

    private static int UseCertificate(nint handle, bool isSsl, byte* file, int type, bool chain, string function)
    {
        Identity? id = Of(handle, isSsl, function);
        string? path = id is null ? null : Path(file, function);
        if (id is null || path is null)
            return 0;
        if (type != KeyMaterial.FileTypePem && type != KeyMaterial.FileTypeAsn1)
        {
            ErrorQueue.PushSsl(SslReason.BadSslFiletype, function);
            return 0;
        }
        List<BcCertificate>? certs = KeyMaterial.LoadCertificates(path, type, out LoadFailure failure);
        if (certs is null)
        {
            LoadFailureReport.Push(failure, function);
            return 0;
        }
        // A key already set that belongs to another certificate is dropped,
        // as OpenSSL does when the certificate changes.
        if (id.PrivateKey is not null && !KeyMaterial.Matches(certs[0], id.PrivateKey))
            id.PrivateKey = null;
        id.SetChain(chain ? certs : new List<BcCertificate> { certs[0] });
        return 1;
    }

    private static int UsePrivateKey(nint handle, bool isSsl, byte* file, int type, string function)
    {
        Identity? id = Of(handle, isSsl, function);
        string? path = id is null ? null : Path(file, function);
        if (id is null || path is null)
            return 0;
        if (type != KeyMaterial.FileTypePem && type != KeyMaterial.FileTypeAsn1)
        {
            ErrorQueue.PushSsl(SslReason.BadSslFiletype, function);
            return 0;
        }
        var key = KeyMaterial.LoadPrivateKey(path, type, out LoadFailure failure);
        if (key is null)
        {
            LoadFailureReport.Push(failure, function);
            return 0;
        }
        if (id.Leaf is not null && !KeyMaterial.Matches(id.Leaf, key))
        {
            ErrorQueue.Push(ErrorCode.LibX509, ErrorCode.X509KeyValuesMismatch, function);
            return 0;
        }
        id.PrivateKey = key;
        return 1;
    }

    private static int CheckPrivateKey(nint handle, bool isSsl, string function)
    {
        Identity? id = Of(handle, isSsl, function);
        if (id is null)
            return 0;
        if (id.Leaf is null)
        {
            ErrorQueue.PushSsl(SslReason.NoCertificateAssigned, function);
            return 0;
        }
        if (id.PrivateKey is null)
        {
            ErrorQueue.PushSsl(SslReason.NoPrivateKeyAssigned, function);
            return 0;
        }
        if (!KeyMaterial.Matches(id.Leaf, id.PrivateKey))
        {
            ErrorQueue.Push(ErrorCode.LibX509, ErrorCode.X509KeyValuesMismatch, function);
            return 0;
        }
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_certificate_file")]
    public static int SSL_CTX_use_certificate_file(nint ctx, byte* file, int type)
    {
        try
        {
            return UseCertificate(ctx, false, file, type, false, "SSL_CTX_use_certificate_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_certificate_file", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_certificate_file")]
    public static int SSL_use_certificate_file(nint ssl, byte* file, int type)
    {
        try
        {
            return UseCertificate(ssl, true, file, type, false, "SSL_use_certificate_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_certificate_file", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_certificate_chain_file")]
    public static int SSL_CTX_use_certificate_chain_file(nint ctx, byte* file)
    {
        try
        {
            return UseCertificate(ctx, false, file, KeyMaterial.FileTypePem, true, "SSL_CTX_use_certificate_chain_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_certificate_chain_file", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_certificate_chain_file")]
    public static int SSL_use_certificate_chain_file(nint ssl, byte* file)
    {
        try
        {
            return UseCertificate(ssl, true, file, KeyMaterial.FileTypePem, true, "SSL_use_certificate_chain_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_certificate_chain_file", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_PrivateKey_file")]
    public static int SSL_CTX_use_PrivateKey_file(nint ctx, byte* file, int type)
    {
        try
        {
            return UsePrivateKey(ctx, false, file, type, "SSL_CTX_use_PrivateKey_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_PrivateKey_file", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_PrivateKey_file")]
    public static int SSL_use_PrivateKey_file(nint ssl, byte* file, int type)
    {
        try
        {
            return UsePrivateKey(ssl, true, file, type, "SSL_use_PrivateKey_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_PrivateKey_file", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_check_private_key")]
    public static int SSL_CTX_check_private_key(nint ctx)
    {
        try
        {
            return CheckPrivateKey(ctx, false, "SSL_CTX_check_private_key");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_check_private_key", Lib, 0);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_check_private_key")]
    public static int SSL_check_private_key(nint ssl)
    {
        try
        {
            return CheckPrivateKey(ssl, true, "SSL_check_private_key");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_check_private_key", Lib, 0);
        }
    }
}
