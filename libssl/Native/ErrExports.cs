using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>The error queue: ERR_get_error(3), ERR_error_string(3), ERR_print_errors(3).</summary>
internal static unsafe class ErrExports
{
    private const int Lib = ErrorCode.LibCrypto;

    // ERR_error_string(e, NULL) writes here, as OpenSSL does into its own
    // static buffer; the page warns that this is not thread-safe.
    private const int StaticBufferSize = 256;
    private static readonly byte* s_staticBuffer = (byte*)NativeMemory.AllocZeroed(StaticBufferSize);

    [UnmanagedCallersOnly(EntryPoint = "ERR_get_error")]
    public static nuint ERR_get_error()
    {
        ForkGate.Enter();
        try
        {
            return ErrorQueue.Get().Code;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "ERR_get_error", Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_peek_error")]
    public static nuint ERR_peek_error()
    {
        ForkGate.Enter();
        try
        {
            return ErrorQueue.PeekFirst().Code;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "ERR_peek_error", Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_peek_last_error")]
    public static nuint ERR_peek_last_error()
    {
        ForkGate.Enter();
        try
        {
            return ErrorQueue.PeekLast().Code;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "ERR_peek_last_error", Lib, (nuint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_clear_error")]
    public static void ERR_clear_error()
    {
        ForkGate.Enter();
        try
        {
            ErrorQueue.Clear();
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "ERR_clear_error", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_error_string")]
    public static nint ERR_error_string(nuint code, byte* buffer)
    {
        ForkGate.Enter();
        try
        {
            byte* target = buffer != null ? buffer : s_staticBuffer;
            NativeStrings.CopyTo(ErrorText.Format((uint)code), target, StaticBufferSize);
            return (nint)target;
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "ERR_error_string", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_error_string_n")]
    public static void ERR_error_string_n(nuint code, byte* buffer, nuint length)
    {
        ForkGate.Enter();
        try
        {
            NativeStrings.CopyTo(ErrorText.Format((uint)code), buffer, length);
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "ERR_error_string_n", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_lib_error_string")]
    public static nint ERR_lib_error_string(nuint code)
    {
        ForkGate.Enter();
        try
        {
            return (nint)NativeStrings.Constant(ErrorText.Lib((uint)code));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "ERR_lib_error_string", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>Error codes carry no function since OpenSSL 3.0: always NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "ERR_func_error_string")]
    public static nint ERR_func_error_string(nuint code)
    {
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "ERR_reason_error_string")]
    public static nint ERR_reason_error_string(nuint code)
    {
        ForkGate.Enter();
        try
        {
            return (nint)NativeStrings.Constant(ErrorText.Reason((uint)code));
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, "ERR_reason_error_string", Lib, (nint)0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }

    /// <summary>
    /// Empties this thread's queue onto <paramref name="fp"/>, one line per
    /// error in OpenSSL 3's layout: thread:error:code:lib:func:reason:file:line:data.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "ERR_print_errors_fp")]
    public static void ERR_print_errors_fp(nint fp)
    {
        ForkGate.Enter();
        try
        {
            if (fp == 0)
            {
                Boundary.NullArgument("ERR_print_errors_fp", Lib);
                return;
            }
            string thread = Environment.CurrentManagedThreadId.ToString("X");
            for (ErrorEntry entry = ErrorQueue.Get(); entry.Code != 0; entry = ErrorQueue.Get())
            {
                string lib = ErrorText.Lib(entry.Code) ?? $"lib({ErrorCode.GetLib(entry.Code)})";
                string reason = ErrorText.Reason(entry.Code) ?? $"reason({ErrorCode.GetReason(entry.Code)})";
                string line = $"{thread}:error:{entry.Code:X8}:{lib}:{entry.Function}:{reason}:libssl:0:{entry.Data}\n";
                Mono.Unix.Native.Stdlib.fputs(line, fp);
            }
        }
        catch (Exception e)
        {
            Boundary.Fail(e, "ERR_print_errors_fp", Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
