using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.X509;
using LibSsl.Runtime;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.Native;

/// <summary>
/// Verification without a connection (X509_verify_cert(3),
/// X509_STORE_CTX_new(3)): the application makes the X509_STORE_CTX,
/// sets it up with a store, a certificate and untrusted intermediates, and
/// runs the very verifier a handshake runs (ChainVerifier on a
/// VerifyContext), so errors, depths, chains and the verify callback
/// behave alike in both.
/// </summary>
internal static unsafe class StandaloneVerifyExports
{
    private const int Lib = ErrorCode.LibX509;

    /// <summary>X509_R_NO_CERT_SET_FOR_US_TO_VERIFY.</summary>
    private const int NoCertSetForUsToVerify = 105;

    private static VerifyContext? Resolve(nint ctx, string function) =>
        Boundary.Resolve<VerifyContext>(ctx, HandleKind.X509StoreCtx, function, Lib);

    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_new")]
    public static nint X509_STORE_CTX_new()
    {
        ForkGate.Enter();
        try
        {
            return Handles.Register(new VerifyContext(), HandleKind.X509StoreCtx);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "X509_STORE_CTX_new", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Frees the context and what it holds; NULL is a no-op.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_free")]
    public static void X509_STORE_CTX_free(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_free";
        ForkGate.Enter();
        try
        {
            if (ctx != 0)
                Resolve(ctx, Fn)?.Release();
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

    /// <summary>Empties the context for another X509_STORE_CTX_init; NULL is a no-op.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_cleanup")]
    public static void X509_STORE_CTX_cleanup(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_cleanup";
        ForkGate.Enter();
        try
        {
            if (ctx != 0)
                Resolve(ctx, Fn)?.Cleanup();
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

    /// <summary>
    /// Sets the context up: store (may be NULL: nothing trusted), the
    /// certificate to verify (may be NULL, set later never: X509_verify_cert
    /// then fails), and the untrusted certificates (may be NULL).  The
    /// parameters start as a copy of the defaults with the store's flags.
    /// 1, or 0 on failure.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_init")]
    public static int X509_STORE_CTX_init(nint ctx, nint store, nint leaf, nint untrusted)
    {
        const string Fn = "X509_STORE_CTX_init";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is null)
                return 0;
            TrustStore? s = null;
            if (store != 0 && (s = Boundary.Resolve<TrustStore>(store, HandleKind.X509Store, Fn, Lib)) is null)
                return 0;
            X509Certificate? x = null;
            if (leaf != 0 && (x = Boundary.Resolve<X509Certificate>(leaf, HandleKind.X509, Fn, Lib)) is null)
                return 0;
            var others = new List<BcCertificate>();
            if (untrusted != 0)
            {
                CertificateStack? sk = Boundary.Resolve<CertificateStack>(untrusted, HandleKind.Stack, Fn, Lib);
                if (sk is null)
                    return 0;
                lock (sk)
                    foreach (X509Certificate u in sk.Items)
                        others.Add(u.Value);
            }
            // The defaults OpenSSL's X509_STORE_CTX_init inherits, then the store's flags.
            var param = new VerifyParam { Depth = VerifyParam.DefaultDepth };
            if (s is not null)
                param.Flags |= s.Flags;
            c.Init(s, x?.Value, others, param);
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

    /// <summary>
    /// 1 when the chain verified (or the callback accepted every problem),
    /// 0 when not, -1 for a NULL context, one without a certificate, or one
    /// already used (X509_V_ERR_INVALID_CALL).
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_verify_cert")]
    public static int X509_verify_cert(nint ctx)
    {
        const string Fn = "X509_verify_cert";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is null)
                return -1;
            if (c.Leaf is null)
            {
                ErrorQueue.Push(Lib, NoCertSetForUsToVerify, Fn);
                c.Error = VerifyError.InvalidCall;
                return -1;
            }
            if (c.Verified)
            {
                ErrorQueue.Push(Lib, ErrorCode.RShouldNotHaveBeenCalled, Fn);
                c.Error = VerifyError.InvalidCall;
                return -1;
            }
            return ChainVerifier.Verify(c);
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

    /// <summary>The callback for this context's next verification (after X509_STORE_CTX_init).</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_set_verify_cb")]
    public static void X509_STORE_CTX_set_verify_cb(nint ctx, nint callback)
    {
        const string Fn = "X509_STORE_CTX_set_verify_cb";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is not null)
                c.Callback = VerifyExports.Wrap(callback);
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

    /// <summary>The context's parameters, owned by it.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get0_param")]
    public static nint X509_STORE_CTX_get0_param(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_get0_param";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            return c is null ? 0 : Handles.Register(c.Param, HandleKind.X509VerifyParam);
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

    /// <summary>Replaces the parameters (freeing the old ones); the context now owns <paramref name="param"/>.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_set0_param")]
    public static void X509_STORE_CTX_set0_param(nint ctx, nint param)
    {
        const string Fn = "X509_STORE_CTX_set0_param";
        ForkGate.Enter();
        try
        {
            VerifyContext? c = Resolve(ctx, Fn);
            if (c is null)
                return;
            VerifyParam? p = Boundary.Resolve<VerifyParam>(param, HandleKind.X509VerifyParam, Fn, Lib);
            if (p is not null)
            {
                c.SetParam(p);
                c.ParamIsRaw = true;
            }
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

    /// <summary>The chain of the last verification, leaf first, owned by the context; NULL before one.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get0_chain")]
    public static nint X509_STORE_CTX_get0_chain(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_get0_chain";
        ForkGate.Enter();
        try
        {
            CertificateStack? sk = Resolve(ctx, Fn)?.ChainStack();
            return sk is null ? 0 : Handles.Register(sk, HandleKind.Stack);
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

    /// <summary>A copy of the chain with a reference to each certificate, for sk_X509_pop_free(sk, X509_free); NULL before a verification.</summary>
    [UnmanagedCallersOnly(EntryPoint = "X509_STORE_CTX_get1_chain")]
    public static nint X509_STORE_CTX_get1_chain(nint ctx)
    {
        const string Fn = "X509_STORE_CTX_get1_chain";
        ForkGate.Enter();
        try
        {
            CertificateStack? sk = Resolve(ctx, Fn)?.CopyChain();
            return sk is null ? 0 : Handles.Register(sk, HandleKind.Stack);
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
}
