using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// The stack functions under the sk_X509_* macros of safestack.h
/// (sk_X509_num(3)): OPENSSL_sk_num, _value, _new_null, _push, _free,
/// _pop_free.  Our stacks hold certificates only; pushing any other pointer
/// is refused.
/// </summary>
internal static unsafe class StackExports
{
    private const int Lib = ErrorCode.LibCrypto;

    private static CertificateStack? Get(nint sk, string function) =>
        Boundary.Resolve<CertificateStack>(sk, HandleKind.Stack, function, Lib);

    /// <summary>The number of elements, or -1 for NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_sk_num")]
    public static int OPENSSL_sk_num(nint sk)
    {
        const string Fn = "OPENSSL_sk_num";
        ForkGate.Enter();
        try
        {
            if (sk == 0)
                return -1;
            CertificateStack? s = Get(sk, Fn);
            if (s is null)
                return -1;
            lock (s)
                return s.Items.Count;
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

    /// <summary>Element i, or NULL for NULL or an index out of range.</summary>
    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_sk_value")]
    public static nint OPENSSL_sk_value(nint sk, int i)
    {
        const string Fn = "OPENSSL_sk_value";
        ForkGate.Enter();
        try
        {
            if (sk == 0)
                return 0;
            CertificateStack? s = Get(sk, Fn);
            if (s is null)
                return 0;
            lock (s)
            {
                if (i < 0 || i >= s.Items.Count)
                    return 0;
                return Handles.Register(s.Items[i], HandleKind.X509);
            }
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

    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_sk_new_null")]
    public static nint OPENSSL_sk_new_null()
    {
        const string Fn = "OPENSSL_sk_new_null";
        ForkGate.Enter();
        try
        {
            return Handles.Register(new CertificateStack(), HandleKind.Stack);
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

    /// <summary>Appends a certificate; the new number of elements, or 0.</summary>
    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_sk_push")]
    public static int OPENSSL_sk_push(nint sk, nint data)
    {
        const string Fn = "OPENSSL_sk_push";
        ForkGate.Enter();
        try
        {
            if (sk == 0)
                return 0;
            CertificateStack? s = Get(sk, Fn);
            X509Certificate? c = s is null ? null : Boundary.Resolve<X509Certificate>(data, HandleKind.X509, Fn, Lib);
            if (c is null)
                return 0;
            lock (s!)
            {
                s.Items.Add(c);
                return s.Items.Count;
            }
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

    /// <summary>Frees the stack, not its elements.</summary>
    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_sk_free")]
    public static void OPENSSL_sk_free(nint sk)
    {
        const string Fn = "OPENSSL_sk_free";
        ForkGate.Enter();
        try
        {
            if (sk != 0)
                Get(sk, Fn)?.Release();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Calls func on each element (X509_free, typically), then frees the stack.</summary>
    [UnmanagedCallersOnly(EntryPoint = "OPENSSL_sk_pop_free")]
    public static void OPENSSL_sk_pop_free(nint sk, nint func)
    {
        const string Fn = "OPENSSL_sk_pop_free";
        ForkGate.Enter();
        try
        {
            if (sk == 0)
                return;
            CertificateStack? s = Get(sk, Fn);
            if (s is null)
                return;
            nint[] items;
            lock (s)
            {
                items = new nint[s.Items.Count];
                for (int i = 0; i < items.Length; i++)
                    items[i] = Handles.Register(s.Items[i], HandleKind.X509);
                s.Items.Clear();
            }
            if (func != 0)
            {
                ForkGate.Release();
                try
                {
                    foreach (nint item in items)
                        ((delegate* unmanaged<nint, void>)func)(item);
                }
                finally
                {
                    ForkGate.Reacquire();
                }
            }
            s.Release();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
