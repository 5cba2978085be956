using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Native;

/// <summary>
/// Looking at a certificate: X509_get_subject_name(3), X509_NAME_oneline(3),
/// X509_NAME_print_ex(3), X509_get_serialNumber(3), X509_get0_notBefore(3),
/// X509_dup(3), d2i_X509(3), X509_get_pubkey(3).  Pointers handed out by
/// the get0-style accessors belong to the certificate and are retired with
/// it.
/// </summary>
internal static unsafe class X509Exports
{
    private const int Lib = ErrorCode.LibX509;
    private const int Asn1 = ErrorCode.LibAsn1;

    // ASN1_R_* reasons that d2i_X509 reports as OpenSSL does.
    private const int Asn1TooLong = 155;
    private const int Asn1WrongTag = 168;
    private const int Asn1TooSmall = 152;
    private const int Asn1NestedError = 58;

    private static X509Certificate? Cert(nint x, string function, int lib = Lib) =>
        Boundary.Resolve<X509Certificate>(x, HandleKind.X509, function, lib);

    private static X509Name? Name(nint name, string function) =>
        Boundary.Resolve<X509Name>(name, HandleKind.X509Name, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "X509_get_subject_name")]
    public static nint X509_get_subject_name(nint x)
    {
        const string Fn = "X509_get_subject_name";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.Subject, HandleKind.X509Name);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_get_issuer_name")]
    public static nint X509_get_issuer_name(nint x)
    {
        const string Fn = "X509_get_issuer_name";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.Issuer, HandleKind.X509Name);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_get_serialNumber")]
    public static nint X509_get_serialNumber(nint x)
    {
        const string Fn = "X509_get_serialNumber";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.SerialNumber, HandleKind.Asn1String);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_get0_serialNumber")]
    public static nint X509_get0_serialNumber(nint x)
    {
        const string Fn = "X509_get0_serialNumber";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.SerialNumber, HandleKind.Asn1String);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_get0_notBefore")]
    public static nint X509_get0_notBefore(nint x)
    {
        const string Fn = "X509_get0_notBefore";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.NotBefore, HandleKind.Asn1String);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_get0_notAfter")]
    public static nint X509_get0_notAfter(nint x)
    {
        const string Fn = "X509_get0_notAfter";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.NotAfter, HandleKind.Asn1String);
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

    /// <summary>X509_getm_notBefore(3): the same object as the get0 form (there are no setters to change it).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_getm_notBefore")]
    public static nint X509_getm_notBefore(nint x)
    {
        const string Fn = "X509_getm_notBefore";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.NotBefore, HandleKind.Asn1String);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_getm_notAfter")]
    public static nint X509_getm_notAfter(nint x)
    {
        const string Fn = "X509_getm_notAfter";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.NotAfter, HandleKind.Asn1String);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_dup")]
    public static nint X509_dup(nint x)
    {
        const string Fn = "X509_dup";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(new X509Certificate(new BcCertificate(c.Der)), HandleKind.X509);
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

    /// <summary>X509_get_pubkey(3): the caller gets a reference and frees it.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_get_pubkey")]
    public static nint X509_get_pubkey(nint x)
    {
        const string Fn = "X509_get_pubkey";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            if (c is null)
                return 0;
            EvpPkey key = c.PublicKey;
            key.UpRef();
            return Handles.Register(key, HandleKind.EvpPkey);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_get0_pubkey")]
    public static nint X509_get0_pubkey(nint x)
    {
        const string Fn = "X509_get0_pubkey";
        ForkGate.Enter();
        try
        {
            X509Certificate? c = Cert(x, Fn);
            return c is null ? 0 : Handles.Register(c.PublicKey, HandleKind.EvpPkey);
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

    /// <summary>
    /// i2d_X509(3): the DER length; with out, the encoding is written at
    /// *out and *out advanced past it, or, when *out is NULL, written to a
    /// new buffer (freed with OPENSSL_free) stored in *out unadvanced.
    /// NULL x encodes nothing: 0.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "i2d_X509")]
    public static int i2d_X509(nint x, byte** output)
    {
        const string Fn = "i2d_X509";
        ForkGate.Enter();
        try
        {
            if (x == 0)
                return 0;
            X509Certificate? c = Cert(x, Fn, Asn1);
            if (c is null)
                return -1;
            byte[] der = c.Der;
            if (output == null)
                return der.Length;
            if (*output == null)
            {
                byte* buf = (byte*)NativeMemory.Alloc((nuint)der.Length);
                der.AsSpan().CopyTo(new Span<byte>(buf, der.Length));
                *output = buf;
                return der.Length;
            }
            der.AsSpan().CopyTo(new Span<byte>(*output, der.Length));
            *output += der.Length;
            return der.Length;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Asn1, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// d2i_X509(3): one certificate from the DER at *input (at most length
    /// bytes); *input is advanced past it.  With a, *a receives the new
    /// certificate (one it held is freed); on failure *a is freed and set to
    /// NULL, as OpenSSL does, and *input is left alone.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "d2i_X509")]
    public static nint d2i_X509(nint* a, byte** input, nint length)
    {
        const string Fn = "d2i_X509";
        ForkGate.Enter();
        try
        {
            if (input == null || *input == null)
            {
                Boundary.NullArgument(Fn, Asn1);
                return 0;
            }
            int reason = Decode(*input, length, out BcCertificate? cert, out int used);
            if (cert is null)
            {
                ErrorQueue.Push(Asn1, reason, Fn);
                if (a != null && *a != 0)
                {
                    Handles.Get<X509Certificate>(*a, HandleKind.X509)?.Release();
                    *a = 0;
                }
                return 0;
            }
            nint h = Handles.Register(new X509Certificate(cert), HandleKind.X509);
            *input += used;
            if (a != null)
            {
                if (*a != 0)
                    Handles.Get<X509Certificate>(*a, HandleKind.X509)?.Release();
                *a = h;
            }
            return h;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Asn1, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Parses the DER SEQUENCE at p; 0 and the certificate, or the ASN1_R_* reason.</summary>
    private static int Decode(byte* p, nint length, out BcCertificate? cert, out int used)
    {
        cert = null;
        used = 0;
        if (length <= 0)
            return Asn1TooSmall;
        long max = Math.Min((long)length, int.MaxValue);
        if (p[0] != 0x30)
            return Asn1WrongTag;
        if (max < 2)
            return Asn1TooLong;
        long header = 2, body = p[1];
        if ((body & 0x80) != 0)
        {
            int n = (int)(body & 0x7f);
            if (n == 0 || n > 4 || 2 + n > max)
                return Asn1TooLong;
            body = 0;
            for (int i = 0; i < n; i++)
                body = (body << 8) | p[2 + i];
            header += n;
        }
        if (header + body > max)
            return Asn1TooLong;
        byte[] der = new Span<byte>(p, (int)(header + body)).ToArray();
        try
        {
            cert = new BcCertificate(der);
        }
        catch (Exception)
        {
            return Asn1NestedError;
        }
        used = der.Length;
        return 0;
    }

    /// <summary>
    /// X509_NAME_oneline(3).  With buf NULL the result is a new string the
    /// caller frees with OPENSSL_free; else at most size - 1 characters of
    /// whole entries go into buf.  NULL name: "NO X509_NAME".
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_NAME_oneline")]
    public static byte* X509_NAME_oneline(nint name, byte* buf, int size)
    {
        const string Fn = "X509_NAME_oneline";
        ForkGate.Enter();
        try
        {
            if (buf != null && size <= 0)
                return null;
            byte[] text;
            if (name == 0)
            {
                text = "NO X509_NAME"u8.ToArray();
                if (buf == null)
                    size = 200;
            }
            else
            {
                X509Name? n = Name(name, Fn);
                if (n is null)
                    return null;
                text = n.Oneline(buf == null ? int.MaxValue : size - 1);
                if (buf == null)
                    size = text.Length + 1;
            }
            if (buf == null)
                buf = (byte*)NativeMemory.Alloc((nuint)size);
            int len = Math.Min(text.Length, size - 1);
            text.AsSpan(0, len).CopyTo(new Span<byte>(buf, len));
            buf[len] = 0;
            return buf;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
            return null;
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>X509_NAME_print_ex(3): characters written, or -1 (0 with XN_FLAG_COMPAT).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_NAME_print_ex")]
    public static int X509_NAME_print_ex(nint bio, nint name, int indent, nuint flags)
    {
        const string Fn = "X509_NAME_print_ex";
        int fail = flags == 0 ? 0 : -1;
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Boundary.Resolve<Bio.Bio>(bio, HandleKind.Bio, Fn, Lib);
            X509Name? n = b is null ? null : Name(name, Fn);
            if (n is null)
                return fail;
            var output = new List<byte>();
            int result = NameFormat.Print(n, indent, flags, output);
            if (output.Count > 0 && b!.Write(output.ToArray()) != output.Count)
                return fail;
            return result;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, fail);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// X509_NAME_get_text_by_NID(3): the first entry of type nid, its bytes
    /// copied into buf (at most len - 1 and a NUL); their number, the full
    /// length when buf is NULL, or -1 when there is no such entry.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_NAME_get_text_by_NID")]
    public static int X509_NAME_get_text_by_NID(nint name, int nid, byte* buf, int len)
    {
        const string Fn = "X509_NAME_get_text_by_NID";
        ForkGate.Enter();
        try
        {
            X509Name? n = Name(name, Fn);
            byte[]? text = n?.TextByNid(nid);
            if (text is null)
                return -1;
            if (buf == null)
                return text.Length;
            if (len <= 0)
                return -1;
            int i = Math.Min(text.Length, len - 1);
            text.AsSpan(0, i).CopyTo(new Span<byte>(buf, i));
            buf[i] = 0;
            return i;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, -1);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
