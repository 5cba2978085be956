using System;
using System.Runtime.InteropServices;
using System.Text;
using LibSsl.Err;
using LibSsl.Ssl;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// PEM_write_bio_SSL_SESSION and PEM_read_bio_SSL_SESSION (i2d_SSL_SESSION(3)):
/// the encoding of i2d_SSL_SESSION in base64 between "SSL SESSION
/// PARAMETERS" lines, OpenSSL's label.
/// </summary>
internal static unsafe class SessionPemExports
{
    private const string Label = "SSL SESSION PARAMETERS";

    [UnmanagedCallersOnly(EntryPoint = "PEM_write_bio_SSL_SESSION")]
    public static int PEM_write_bio_SSL_SESSION(nint bio, nint session)
    {
        const string Fn = "PEM_write_bio_SSL_SESSION";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Boundary.Resolve<Bio.Bio>(bio, HandleKind.Bio, Fn, ErrorCode.LibPem);
            SslSession? s = b is null ? null : Boundary.Resolve<SslSession>(session, HandleKind.SslSession, Fn, ErrorCode.LibPem);
            if (s is null)
                return 0;
            string base64 = Convert.ToBase64String(SessionEncoding.Encode(s));
            var text = new StringBuilder("-----BEGIN " + Label + "-----\n");
            for (int i = 0; i < base64.Length; i += 64)
                text.Append(base64, i, Math.Min(64, base64.Length - i)).Append('\n');
            text.Append("-----END " + Label + "-----\n");
            byte[] bytes = Encoding.ASCII.GetBytes(text.ToString());
            return b!.Write(bytes) == bytes.Length ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibPem, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>The next "SSL SESSION PARAMETERS" block of the BIO; with x, also stored there (the old session released).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PEM_read_bio_SSL_SESSION")]
    public static nint PEM_read_bio_SSL_SESSION(nint bio, nint* x, nint callback, nint userData)
    {
        const string Fn = "PEM_read_bio_SSL_SESSION";
        ForkGate.Enter();
        try
        {
            Bio.Bio? b = Boundary.Resolve<Bio.Bio>(bio, HandleKind.Bio, Fn, ErrorCode.LibPem);
            if (b is null)
                return 0;
            string? block = Pem.NextBlock(Pem.LinesOf(b), label => label == Label);
            if (block is null)
            {
                ErrorQueue.Push(ErrorCode.LibPem, ErrorCode.PemNoStartLine, Fn);
                return 0;
            }
            var body = new StringBuilder();
            foreach (string line in block.Split('\n'))
                if (!line.StartsWith("-----", StringComparison.Ordinal))
                    body.Append(line.Trim());
            byte[] der;
            try
            {
                der = Convert.FromBase64String(body.ToString());
            }
            catch (FormatException)
            {
                ErrorQueue.PushSsl(SslReason.BadData, Fn);
                return 0;
            }
            SslSession? s = SessionEncoding.Decode(der, out int used, out string? error);
            if (s is null || used != der.Length)
            {
                ErrorQueue.Push(ErrorCode.LibSsl, SslReason.BadData, Fn, error ?? "trailing data");
                return 0;
            }
            nint p = SslSessionExports.Pointer(s);
            if (x != null)
            {
                if (*x != 0 && *x != p)
                    Handles.Get<SslSession>(*x, HandleKind.SslSession)?.Release();
                *x = p;
            }
            return p;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, ErrorCode.LibPem, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
