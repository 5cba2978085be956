using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.X509;
using LibSsl.Runtime;
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

    /// <summary>The password source of the SSL or context, for encrypted key files.</summary>
    private static System.Func<string?>? PasswordOf(nint handle, bool isSsl) => isSsl
        ? Handles.Get<Ssl.Ssl>(handle, HandleKind.Ssl)?.PasswordSource
        : Handles.Get<SslContext>(handle, HandleKind.SslContext)?.PasswordSource;

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
        return SetCertificate(id, chain ? certs : new List<BcCertificate> { certs[0] }, function);
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
        var key = KeyMaterial.LoadPrivateKey(path, type, PasswordOf(handle, isSsl), out LoadFailure failure);
        if (key is null)
        {
            LoadFailureReport.Push(failure, function);
            return 0;
        }
        return SetPrivateKey(id, key, function);
    }

    /// <summary>A key must belong to the certificate already set in its slot, as in OpenSSL.</summary>
    private static int SetPrivateKey(Identity id, Org.BouncyCastle.Crypto.AsymmetricKeyParameter key, string function)
    {
        if (id.SetKey(key, out bool mismatch))
            return 1;
        if (mismatch)
            ErrorQueue.Push(ErrorCode.LibX509, ErrorCode.X509KeyValuesMismatch, function);
        else
            ErrorQueue.PushSsl(SslReason.UnknownCertificateType, function);
        return 0;
    }

    private static int SetCertificate(Identity id, List<BcCertificate> chain, string function)
    {
        if (id.SetChain(chain))
            return 1;
        ErrorQueue.PushSsl(SslReason.UnknownCertificateType, function);
        return 0;
    }

    private static int UseCertificateObject(nint handle, bool isSsl, nint x509, string function)
    {
        Identity? id = Of(handle, isSsl, function);
        X509Certificate? cert = id is null ? null : Boundary.Resolve<X509Certificate>(x509, HandleKind.X509, function);
        if (id is null || cert is null)
            return 0;
        return SetCertificate(id, new List<BcCertificate> { cert.Value }, function);
    }

    private static int UsePrivateKeyObject(nint handle, bool isSsl, nint pkey, string function)
    {
        Identity? id = Of(handle, isSsl, function);
        EvpPkey? key = id is null ? null : Boundary.Resolve<EvpPkey>(pkey, HandleKind.EvpPkey, function);
        if (id is null || key is null)
            return 0;
        return SetPrivateKey(id, key.Value, function);
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_certificate")]
    public static int SSL_CTX_use_certificate(nint ctx, nint x509)
    {
        ForkGate.Enter();
        try
        {
            return UseCertificateObject(ctx, false, x509, "SSL_CTX_use_certificate");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_certificate", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_certificate")]
    public static int SSL_use_certificate(nint ssl, nint x509)
    {
        ForkGate.Enter();
        try
        {
            return UseCertificateObject(ssl, true, x509, "SSL_use_certificate");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_certificate", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_PrivateKey")]
    public static int SSL_CTX_use_PrivateKey(nint ctx, nint pkey)
    {
        ForkGate.Enter();
        try
        {
            return UsePrivateKeyObject(ctx, false, pkey, "SSL_CTX_use_PrivateKey");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_PrivateKey", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_PrivateKey")]
    public static int SSL_use_PrivateKey(nint ssl, nint pkey)
    {
        ForkGate.Enter();
        try
        {
            return UsePrivateKeyObject(ssl, true, pkey, "SSL_use_PrivateKey");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_PrivateKey", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    // ----- passwords for encrypted keys (SSL_CTX_set_default_passwd_cb(3)) -----
    // OpenSSL keeps a callback and its userdata; without a callback, the
    // userdata itself is the NUL-terminated password (PEM_def_callback).

    private sealed class PasswordSetting
    {
        public nint Callback;
        public nint UserData;

        public System.Func<string?>? Source() =>
            Callback == 0 && UserData == 0 ? null : () => Pem.AskPassword(Callback, UserData);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Common.RefCounted, PasswordSetting> s_passwords = new();

    private static void SetPassword(nint handle, bool isSsl, nint? callback, nint? userData, string function)
    {
        Common.RefCounted? owner = isSsl
            ? Boundary.Resolve<Ssl.Ssl>(handle, HandleKind.Ssl, function)
            : Boundary.Resolve<SslContext>(handle, HandleKind.SslContext, function);
        if (owner is null)
            return;
        PasswordSetting setting = s_passwords.GetOrCreateValue(owner);
        if (callback is { } cb)
            setting.Callback = cb;
        if (userData is { } u)
            setting.UserData = u;
        if (owner is Ssl.Ssl s)
            s.PasswordSource = setting.Source();
        else
            ((SslContext)owner).PasswordSource = setting.Source();
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_default_passwd_cb")]
    public static void SSL_CTX_set_default_passwd_cb(nint ctx, nint callback)
    {
        ForkGate.Enter();
        try
        {
            SetPassword(ctx, false, callback, null, "SSL_CTX_set_default_passwd_cb");
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_CTX_set_default_passwd_cb", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_default_passwd_cb_userdata")]
    public static void SSL_CTX_set_default_passwd_cb_userdata(nint ctx, nint userData)
    {
        ForkGate.Enter();
        try
        {
            SetPassword(ctx, false, null, userData, "SSL_CTX_set_default_passwd_cb_userdata");
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_CTX_set_default_passwd_cb_userdata", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_default_passwd_cb")]
    public static void SSL_set_default_passwd_cb(nint ssl, nint callback)
    {
        ForkGate.Enter();
        try
        {
            SetPassword(ssl, true, callback, null, "SSL_set_default_passwd_cb");
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_default_passwd_cb", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_set_default_passwd_cb_userdata")]
    public static void SSL_set_default_passwd_cb_userdata(nint ssl, nint userData)
    {
        ForkGate.Enter();
        try
        {
            SetPassword(ssl, true, null, userData, "SSL_set_default_passwd_cb_userdata");
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_default_passwd_cb_userdata", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>SSL_CTX_check_private_key(3): the slot set last has a certificate and its key.</summary>
    private static int CheckPrivateKey(nint handle, bool isSsl, string function)
    {
        Identity? id = Of(handle, isSsl, function);
        if (id is null)
            return 0;
        Identity.Slot? slot = id.Current;
        if (slot?.Leaf is null)
        {
            ErrorQueue.PushSsl(SslReason.NoCertificateAssigned, function);
            return 0;
        }
        if (slot.Key is null)
        {
            ErrorQueue.PushSsl(SslReason.NoPrivateKeyAssigned, function);
            return 0;
        }
        if (!KeyMaterial.Matches(slot.Leaf, slot.Key))
        {
            ErrorQueue.Push(ErrorCode.LibX509, ErrorCode.X509KeyValuesMismatch, function);
            return 0;
        }
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_certificate_file")]
    public static int SSL_CTX_use_certificate_file(nint ctx, byte* file, int type)
    {
        ForkGate.Enter();
        try
        {
            return UseCertificate(ctx, false, file, type, false, "SSL_CTX_use_certificate_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_certificate_file", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_certificate_file")]
    public static int SSL_use_certificate_file(nint ssl, byte* file, int type)
    {
        ForkGate.Enter();
        try
        {
            return UseCertificate(ssl, true, file, type, false, "SSL_use_certificate_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_certificate_file", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_certificate_chain_file")]
    public static int SSL_CTX_use_certificate_chain_file(nint ctx, byte* file)
    {
        ForkGate.Enter();
        try
        {
            return UseCertificate(ctx, false, file, KeyMaterial.FileTypePem, true, "SSL_CTX_use_certificate_chain_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_certificate_chain_file", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_certificate_chain_file")]
    public static int SSL_use_certificate_chain_file(nint ssl, byte* file)
    {
        ForkGate.Enter();
        try
        {
            return UseCertificate(ssl, true, file, KeyMaterial.FileTypePem, true, "SSL_use_certificate_chain_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_certificate_chain_file", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_use_PrivateKey_file")]
    public static int SSL_CTX_use_PrivateKey_file(nint ctx, byte* file, int type)
    {
        ForkGate.Enter();
        try
        {
            return UsePrivateKey(ctx, false, file, type, "SSL_CTX_use_PrivateKey_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_use_PrivateKey_file", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_use_PrivateKey_file")]
    public static int SSL_use_PrivateKey_file(nint ssl, byte* file, int type)
    {
        ForkGate.Enter();
        try
        {
            return UsePrivateKey(ssl, true, file, type, "SSL_use_PrivateKey_file");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_use_PrivateKey_file", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_check_private_key")]
    public static int SSL_CTX_check_private_key(nint ctx)
    {
        ForkGate.Enter();
        try
        {
            return CheckPrivateKey(ctx, false, "SSL_CTX_check_private_key");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_CTX_check_private_key", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_check_private_key")]
    public static int SSL_check_private_key(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            return CheckPrivateKey(ssl, true, "SSL_check_private_key");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_check_private_key", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
