using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>The ASN.1 values a certificate hands out: ASN1_INTEGER_get(3), ASN1_TIME_print(3).</summary>
internal static unsafe class Asn1Exports
{
    private const int Lib = ErrorCode.LibAsn1;
    private const int Asn1TooLarge = 223;

    /// <summary>ASN1_INTEGER_get(3): the value; 0 for NULL; -1 (ASN1_R_TOO_LARGE) when it does not fit a long.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ASN1_INTEGER_get")]
    public static nint ASN1_INTEGER_get(nint a)
    {
        const string Fn = "ASN1_INTEGER_get";
        ForkGate.Enter();
        try
        {
            if (a == 0)
                return 0;
            Asn1Value? v0 = Boundary.Resolve<Asn1Value>(a, HandleKind.Asn1String, Fn, Lib);
            if (v0 is not Asn1Integer i)
            {
                if (v0 is not null)
                    Boundary.InvalidHandle(Fn, Lib);
                return -1;
            }
            long? v = i.AsLong();
            if (v is null)
            {
                ErrorQueue.Push(Lib, Asn1TooLarge, Fn);
                return -1;
            }
            return (nint)v.Value;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, (nint)(-1));
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// ASN1_TIME_print(3): "Mmm DD HH:MM:SS YYYY GMT" to the BIO; 1, or 0
    /// with "Bad time value" written for a malformed time.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "ASN1_TIME_print")]
    public static int ASN1_TIME_print(nint bio, nint tm)
    {
        const string Fn = "ASN1_TIME_print";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Boundary.Resolve<Bio.Bio>(bio, HandleKind.Bio, Fn, Lib);
            if (b is null)
                return 0;
            Asn1Value? v = Boundary.Resolve<Asn1Value>(tm, HandleKind.Asn1String, Fn, Lib);
            if (v is not Asn1Time t)
            {
                if (v is not null)
                    Boundary.InvalidHandle(Fn, Lib);
                return 0;
            }
            string? text = t.Format();
            byte[] bytes = System.Text.Encoding.ASCII.GetBytes(text ?? "Bad time value");
            if (b.Write(bytes) != bytes.Length)
                return 0;
            return text is null ? 0 : 1;
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
}
