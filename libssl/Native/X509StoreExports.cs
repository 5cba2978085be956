using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.X509;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Trusted certificate stores as objects: X509_STORE_new(3) and
/// SSL_CTX_set_cert_store(3).
/// </summary>
internal static unsafe class X509StoreExports
{
    private const int Lib = ErrorCode.LibX509;

    private static TrustStore? Resolve(nint store, string function) =>
        Boundary.Resolve<TrustStore>(store, HandleKind.X509Store, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_new")]
    public static nint X509_STORE_new()
    {
        ForkGate.Enter();
        try
        {
            return Handles.Register(new TrustStore(), HandleKind.X509Store);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "X509_STORE_new", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_free")]
    public static void X509_STORE_free(nint store)
    {
        const string Fn = "X509_STORE_free";
        ForkGate.Enter();
        try
        {
            if (store != 0)
                Resolve(store, Fn)?.Release();
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_up_ref")]
    public static int X509_STORE_up_ref(nint store)
    {
        const string Fn = "X509_STORE_up_ref";
        ForkGate.Enter();
        try
        {
            TrustStore? s = Resolve(store, Fn);
            if (s is null)
                return 0;
            s.UpRef();
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

    /// <summary>A certificate already in the store is accepted again without a change, as in OpenSSL 3.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_add_cert")]
    public static int X509_STORE_add_cert(nint store, nint x509)
    {
        const string Fn = "X509_STORE_add_cert";
        ForkGate.Enter();
        try
        {
            TrustStore? s = Resolve(store, Fn);
            if (s is null)
                return 0;
            X509Certificate? c = Boundary.Resolve<X509Certificate>(x509, HandleKind.X509, Fn, Lib);
            if (c is null)
                return 0;
            s.Add(c.Value);
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

    private static int Load(nint store, byte* file, byte* dir, string function)
    {
        TrustStore? s = Resolve(store, function);
        if (s is null)
            return 0;
        string? f = NativeStrings.Read(file), d = NativeStrings.Read(dir);
        if (f is null && d is null)
            return 0;
        if (f is not null && !VerifyLocationsExports.LoadFile(s, f, function))
            return 0;
        if (d is not null)
            s.AddDirectory(d);
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_load_locations")]
    public static int X509_STORE_load_locations(nint store, byte* file, byte* dir)
    {
        const string Fn = "X509_STORE_load_locations";
        ForkGate.Enter();
        try
        {
            return Load(store, file, dir, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_load_file")]
    public static int X509_STORE_load_file(nint store, byte* file)
    {
        const string Fn = "X509_STORE_load_file";
        ForkGate.Enter();
        try
        {
            if (file == null)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            return Load(store, file, null, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_load_path")]
    public static int X509_STORE_load_path(nint store, byte* dir)
    {
        const string Fn = "X509_STORE_load_path";
        ForkGate.Enter();
        try
        {
            if (dir == null)
            {
                Boundary.NullArgument(Fn, Lib);
                return 0;
            }
            return Load(store, null, dir, Fn);
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

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_set_default_paths")]
    public static int X509_STORE_set_default_paths(nint store)
    {
        const string Fn = "X509_STORE_set_default_paths";
        ForkGate.Enter();
        try
        {
            TrustStore? s = Resolve(store, Fn);
            if (s is null)
                return 0;
            VerifyLocationsExports.SetDefaultPaths(s);
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

    /// <summary>Adds X509_V_FLAG_* bits that every verification against the store uses.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_set_flags")]
    public static int X509_STORE_set_flags(nint store, ulong flags)
    {
        const string Fn = "X509_STORE_set_flags";
        ForkGate.Enter();
        try
        {
            TrustStore? s = Resolve(store, Fn);
            if (s is null)
                return 0;
            s.Flags |= flags;
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

    /// <summary>The context's store; the context keeps its reference.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_get_cert_store")]
    public static nint SSL_CTX_get_cert_store(nint ctx)
    {
        const string Fn = "SSL_CTX_get_cert_store";
        ForkGate.Enter();
        try
        {
            SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, Fn);
            return c is null ? 0 : Handles.Register(c.CertStore, HandleKind.X509Store);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibSsl, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    private static void SetStore(nint ctx, nint store, bool upRef, string function)
    {
        SslContext? c = Boundary.Resolve<SslContext>(ctx, HandleKind.SslContext, function);
        if (c is null)
            return;
        TrustStore? s;
        if (store == 0)
        {
            // OpenSSL leaves the context without a store: nothing is trusted.
            s = new TrustStore();
        }
        else
        {
            s = Resolve(store, function);
            if (s is null)
                return;
            if (upRef)
                s.UpRef();
        }
        if (s == c.CertStore)
        {
            // The store the context already has: it keeps the one reference it holds.
            s.Release();
            return;
        }
        c.SetCertStore(s);
    }

    /// <summary>The context takes over the caller's reference to <paramref name="store"/>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set_cert_store")]
    public static void SSL_CTX_set_cert_store(nint ctx, nint store)
    {
        const string Fn = "SSL_CTX_set_cert_store";
        ForkGate.Enter();
        try
        {
            SetStore(ctx, store, upRef: false, Fn);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>The context takes a reference of its own to <paramref name="store"/>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_CTX_set1_cert_store")]
    public static void SSL_CTX_set1_cert_store(nint ctx, nint store)
    {
        const string Fn = "SSL_CTX_set1_cert_store";
        ForkGate.Enter();
        try
        {
            SetStore(ctx, store, upRef: true, Fn);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, Fn, ErrorCode.LibSsl, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
