using System;
using System.Runtime.InteropServices;
using System.Text;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// Reading one PEM object from a BIO or a stdio FILE, and asking C for a
/// password: the pointer-level half of PEM_read_bio_X509(3).  Parsing is
/// X509.KeyMaterial's.
/// </summary>
internal static unsafe class Pem
{
    private const int MaxPassword = 1024;

    /// <summary>
    /// pem_password_cb: int cb(char *buf, int size, int rwflag, void *u).
    /// Without a callback, <paramref name="userData"/> is the password
    /// itself, as OpenSSL's PEM_def_callback takes it; null when neither.
    /// </summary>
    public static string? AskPassword(nint callback, nint userData)
    {
        if (callback == 0)
            return userData == 0 ? null : Marshal.PtrToStringUTF8(userData);
        byte* buf = stackalloc byte[MaxPassword];
        int n;
        // The callback may prompt on a terminal and wait there.
        ForkGate.Release();
        try
        {
            n = ((delegate* unmanaged<byte*, int, int, nint, int>)callback)(buf, MaxPassword, 0, userData);
        }
        finally
        {
            ForkGate.Reacquire();
        }
        if (n <= 0 || n > MaxPassword)
            return null;
        return Encoding.UTF8.GetString(buf, n);
    }

    /// <summary>
    /// The lines of the next PEM block whose label <paramref name="wanted"/>
    /// accepts, read line by line so nothing after its END line is taken;
    /// null at end of input.  Other blocks are skipped, as OpenSSL does.
    /// </summary>
    public static string? NextBlock(Func<string?> readLine, Func<string, bool> wanted)
    {
        var block = new StringBuilder();
        bool inside = false;
        for (string? line = readLine(); line is not null; line = readLine())
        {
            string trimmed = line.TrimEnd('\r', '\n');
            if (!inside)
            {
                if (trimmed.StartsWith("-----BEGIN ", StringComparison.Ordinal) && trimmed.EndsWith("-----", StringComparison.Ordinal)
                    && wanted(trimmed.Substring(11, trimmed.Length - 16)))
                {
                    inside = true;
                    block.Append(trimmed).Append('\n');
                }
                continue;
            }
            block.Append(trimmed).Append('\n');
            if (trimmed.StartsWith("-----END ", StringComparison.Ordinal))
                return block.ToString();
        }
        return null;
    }

    /// <summary>Lines from a BIO: BIO_gets where the BIO has it, else byte by byte, never past a newline.</summary>
    public static Func<string?> LinesOf(Bio.Bio bio)
    {
        byte[] buffer = new byte[4096];
        return () =>
        {
            int n;
            if (bio.CanGets)
            {
                n = bio.Gets(buffer);
                return n <= 0 ? null : Encoding.Latin1.GetString(buffer, 0, n);
            }
            int used = 0;
            while (used < buffer.Length - 1 && bio.CallRead(buffer.AsSpan(used, 1)) == 1)
            {
                if (buffer[used++] == (byte)'\n')
                    break;
            }
            return used == 0 ? null : Encoding.Latin1.GetString(buffer, 0, used);
        };
    }

    /// <summary>Lines from a stdio FILE, through Mono.Posix's fgets.</summary>
    public static Func<string?> LinesOf(nint file)
    {
        var sb = new StringBuilder(4096);
        return () =>
        {
            sb.Clear();
            return Mono.Unix.Native.Stdlib.fgets(sb, 4096, file) is null ? null : sb.ToString();
        };
    }

    public static bool IsCertificateLabel(string label) =>
        label is "CERTIFICATE" or "X509 CERTIFICATE" or "TRUSTED CERTIFICATE";

    public static bool IsPrivateKeyLabel(string label) =>
        label is "PRIVATE KEY" or "ENCRYPTED PRIVATE KEY" or "RSA PRIVATE KEY" or "EC PRIVATE KEY";
}
