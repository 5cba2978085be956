using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

// SSL_read(3) and SSL_write(3): the _ex forms, SSL_peek, and read-ahead.
internal static unsafe partial class SslExports
{
    /// <summary>
    /// The shared body of SSL_read, SSL_peek and their _ex forms: checks the
    /// arguments, caps a size_t count at INT_MAX, and reads.
    /// </summary>
    private static int ReadOrPeek(nint ssl, byte* buffer, long count, bool peek, string function)
    {
        Ssl.Ssl? s = Get(ssl, function);
        if (s is null)
            return -1;
        if (count < 0)
        {
            ErrorQueue.PushSsl(SslReason.BadLength, function);
            return -1;
        }
        if (buffer == null && count > 0)
        {
            Boundary.NullArgument(function);
            return -1;
        }
        int n = (int)Math.Min(count, int.MaxValue);
        return s.Read(new Span<byte>(buffer, n), function, peek);
    }

    /// <summary>
    /// The _ex convention: 1 and the count on success, 0 on any failure,
    /// leaving the count as it was then, as OpenSSL does.
    /// </summary>
    private static int Ex(int ret, nuint* count)
    {
        if (ret <= 0)
            return 0;
        if (count != null)
            *count = (nuint)ret;
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_peek")]
    public static int SSL_peek(nint ssl, byte* buffer, int count)
    {
        ForkGate.Enter();
        try
        {
            return ReadOrPeek(ssl, buffer, count, true, "SSL_peek");
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_peek", Lib, -1);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_read_ex")]
    public static int SSL_read_ex(nint ssl, byte* buffer, nuint count, nuint* read)
    {
        ForkGate.Enter();
        try
        {
            return Ex(ReadOrPeek(ssl, buffer, (long)Math.Min(count, (nuint)int.MaxValue), false, "SSL_read_ex"), read);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_read_ex", Lib, 0);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_peek_ex")]
    public static int SSL_peek_ex(nint ssl, byte* buffer, nuint count, nuint* read)
    {
        ForkGate.Enter();
        try
        {
            return Ex(ReadOrPeek(ssl, buffer, (long)Math.Min(count, (nuint)int.MaxValue), true, "SSL_peek_ex"), read);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_peek_ex", Lib, 0);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_write_ex")]
    public static int SSL_write_ex(nint ssl, byte* buffer, nuint count, nuint* written)
    {
        const string Fn = "SSL_write_ex";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, Fn);
            if (s is null)
                return Ex(-1, written);
            if (buffer == null && count > 0)
            {
                Boundary.NullArgument(Fn);
                return Ex(-1, written);
            }
            int n = (int)Math.Min(count, (nuint)int.MaxValue);
            int ret = s.Write(new ReadOnlySpan<byte>(buffer, n), (nint)buffer, Fn);
            // Writing nothing succeeds with a count of 0, as in OpenSSL.
            if (n == 0 && ret == 0)
            {
                if (written != null)
                    *written = 0;
                return 1;
            }
            return Ex(ret, written);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            Posix.Errno.Apply();
            ForkGate.Exit();
        }
    }

    /// <summary>SSL_set_read_ahead(3): recorded; reading stays record by record.</summary>
    [UnmanagedCallersOnly(EntryPoint = "SSL_set_read_ahead")]
    public static void SSL_set_read_ahead(nint ssl, int yes)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_set_read_ahead");
            if (s is not null)
                s.ReadAhead = yes != 0;
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "SSL_set_read_ahead", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_read_ahead")]
    public static int SSL_get_read_ahead(nint ssl)
    {
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Get(ssl, "SSL_get_read_ahead");
            return s is not null && s.ReadAhead ? 1 : 0;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "SSL_get_read_ahead", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
