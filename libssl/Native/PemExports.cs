using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Certificates and keys as objects: PEM_read_bio_X509(3),
/// PEM_read_bio_PrivateKey(3), X509_free(3), EVP_PKEY_free(3).
/// </summary>
internal static unsafe class PemExports
{
    private const int Lib = ErrorCode.LibPem;

    /// <summary>OpenSSL's **x convention: a non-NULL x receives the object, replacing (and freeing) what it held.</summary>
    private static nint Deliver(Common.RefCounted obj, HandleKind kind, nint* x)
    {
        nint h = Handles.Register(obj, kind);
        if (x != null)
        {
            if (*x != 0 && *x != h)
                Handles.Get<Common.RefCounted>(*x, kind)?.Release();
            *x = h;
        }
        return h;
    }

    private static nint ReadCertificate(Func<string?> lines, nint* x, string function)
    {
        string? block = Pem.NextBlock(lines, Pem.IsCertificateLabel);
        var cert = block is null ? null : KeyMaterial.ParseCertificate(block, out LoadFailure failure);
        if (cert is null)
        {
            ErrorQueue.Push(Lib, ErrorCode.PemNoStartLine, function);
            return 0;
        }
        return Deliver(new X509Certificate(cert), HandleKind.X509, x);
    }

    private static nint ReadPrivateKey(Func<string?> lines, nint* x, nint callback, nint userData, string function)
    {
        string? block = Pem.NextBlock(lines, Pem.IsPrivateKeyLabel);
        if (block is null)
        {
            ErrorQueue.Push(Lib, ErrorCode.PemNoStartLine, function);
            return 0;
        }
        var key = KeyMaterial.ParsePrivateKey(block, () => Pem.AskPassword(callback, userData), out LoadFailure failure);
        if (key is null)
        {
            ErrorQueue.Push(Lib, failure switch
            {
                LoadFailure.Encrypted => ErrorCode.PemBadPasswordRead,
                LoadFailure.BadPassword => ErrorCode.PemBadDecrypt,
                _ => ErrorCode.PemNoStartLine,
            }, function);
            return 0;
        }
        return Deliver(new EvpPkey(key), HandleKind.EvpPkey, x);
    }

    private static Bio.Bio? BioOf(nint bio, string function) =>
        Boundary.Resolve<Bio.Bio>(bio, HandleKind.Bio, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "PEM_read_bio_X509")]
    public static nint PEM_read_bio_X509(nint bio, nint* x, nint callback, nint userData)
    {
        const string Fn = "PEM_read_bio_X509";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = BioOf(bio, Fn);
            return b is null ? 0 : ReadCertificate(Pem.LinesOf(b), x, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PEM_read_X509")]
    public static nint PEM_read_X509(nint file, nint* x, nint callback, nint userData)
    {
        const string Fn = "PEM_read_X509";
        ForkGate.Enter();
        try
        {
            if (file == 0)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            return ReadCertificate(Pem.LinesOf(file), x, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PEM_read_bio_PrivateKey")]
    public static nint PEM_read_bio_PrivateKey(nint bio, nint* x, nint callback, nint userData)
    {
        const string Fn = "PEM_read_bio_PrivateKey";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = BioOf(bio, Fn);
            return b is null ? 0 : ReadPrivateKey(Pem.LinesOf(b), x, callback, userData, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PEM_read_PrivateKey")]
    public static nint PEM_read_PrivateKey(nint file, nint* x, nint callback, nint userData)
    {
        const string Fn = "PEM_read_PrivateKey";
        ForkGate.Enter();
        try
        {
            if (file == 0)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            return ReadPrivateKey(Pem.LinesOf(file), x, callback, userData, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>The PEM form of a certificate: BEGIN line, base64 in lines of 64, END line.</summary>
    private static byte[] CertificatePem(X509Certificate c)
    {
        var sb = new System.Text.StringBuilder("-----BEGIN CERTIFICATE-----\n");
        string b64 = Convert.ToBase64String(c.Der);
        for (int i = 0; i < b64.Length; i += 64)
            sb.Append(b64, i, Math.Min(64, b64.Length - i)).Append('\n');
        sb.Append("-----END CERTIFICATE-----\n");
        return System.Text.Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>PEM_write_bio_X509(3): 1 on success, 0 on failure.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PEM_write_bio_X509")]
    public static int PEM_write_bio_X509(nint bio, nint x)
    {
        const string Fn = "PEM_write_bio_X509";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = BioOf(bio, Fn);
            X509Certificate? c = b is null ? null : Boundary.Resolve<X509Certificate>(x, HandleKind.X509, Fn, Lib);
            if (c is null)
                return 0;
            byte[] pem = CertificatePem(c);
            if (b!.Write(pem) != pem.Length)
            {
                ErrorQueue.Push(Lib, ErrorCode.PemBioWriteFailure, Fn);
                return 0;
            }
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>PEM_write_X509(3): the same to a stdio stream.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PEM_write_X509")]
    public static int PEM_write_X509(nint file, nint x)
    {
        const string Fn = "PEM_write_X509";
        ForkGate.Enter();
        try
        {
            if (file == 0)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            X509Certificate? c = Boundary.Resolve<X509Certificate>(x, HandleKind.X509, Fn, Lib);
            if (c is null)
                return 0;
            byte[] pem = CertificatePem(c);
            if (Mono.Unix.Native.Stdlib.fwrite(pem, 1, (ulong)pem.Length, file) != (ulong)pem.Length)
            {
                ErrorQueue.Push(Lib, ErrorCode.PemBioWriteFailure, Fn);
                return 0;
            }
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_free")]
    public static void X509_free(nint x509)
    {
        ForkGate.Enter();
        try
        {
            if (x509 != 0)
                Boundary.Resolve<X509Certificate>(x509, HandleKind.X509, "X509_free", ErrorCode.LibX509)?.Release();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "X509_free", ErrorCode.LibX509, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_up_ref")]
    public static int X509_up_ref(nint x509)
    {
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Boundary.Resolve<X509Certificate>(x509, HandleKind.X509, "X509_up_ref", ErrorCode.LibX509);
            if (c is null)
                return 0;
            c.UpRef();
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "X509_up_ref", ErrorCode.LibX509, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "EVP_PKEY_free")]
    public static void EVP_PKEY_free(nint pkey)
    {
        ForkGate.Enter();
        try
        {
            if (pkey != 0)
                Boundary.Resolve<EvpPkey>(pkey, HandleKind.EvpPkey, "EVP_PKEY_free", 6)?.Release();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "EVP_PKEY_free", 6, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "EVP_PKEY_up_ref")]
    public static int EVP_PKEY_up_ref(nint pkey)
    {
        ForkGate.Enter();
        try
        {
            EvpPkey? k = Boundary.Resolve<EvpPkey>(pkey, HandleKind.EvpPkey, "EVP_PKEY_up_ref", 6);
            if (k is null)
                return 0;
            k.UpRef();
            return 1;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "EVP_PKEY_up_ref", 6, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
