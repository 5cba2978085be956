using System;
using LibSsl.Err;

namespace LibSsl.Native;

/// <summary>
/// What every export does at the edge: refuse bad pointers with a reason on
/// the queue, and turn any exception into the function's documented failure
/// value.  No managed exception may cross into C: under NativeAOT that
/// would end the host process.
/// </summary>
internal static class Boundary
{
    /// <summary>Records an unexpected exception and returns the failure value.</summary>
    public static T Fail<T>(Exception e, string function, int lib, T failure)
    {
        try
        {
            ErrorQueue.Push(lib, ErrorCode.RInternalError, function, e.GetType().Name + ": " + e.Message);
        }
        catch
        {
            // Nothing more can be done without risking an escape.
        }
        return failure;
    }

    public static void NullArgument(string function, int lib = ErrorCode.LibSsl) =>
        ErrorQueue.Push(lib, ErrorCode.RPassedNullParameter, function);

    /// <summary>A pointer that is not one of ours, already freed, or of another type.</summary>
    public static void InvalidHandle(string function, int lib = ErrorCode.LibSsl) =>
        ErrorQueue.Push(lib, ErrorCode.RPassedInvalidArgument, function, "invalid or freed handle");

    /// <summary>Looks up a handle, pushing the right reason when it is NULL or bad.</summary>
    public static T? Resolve<T>(nint handle, HandleKind kind, string function, int lib = ErrorCode.LibSsl)
        where T : Common.RefCounted
    {
        if (handle == 0)
        {
            NullArgument(function, lib);
            return null;
        }
        T? obj = Handles.Get<T>(handle, kind);
        if (obj is null)
            InvalidHandle(function, lib);
        return obj;
    }
}
