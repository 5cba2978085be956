using System.Collections.Generic;

namespace LibSsl.Err;

/// <summary>
/// BIO_R_* reason codes (the numbers are OpenSSL's, see bioerr.h) for the
/// errors the BIO layer reports, and their text.
/// </summary>
internal static class BioReason
{
    public const int BrokenPipe = 124;
    public const int InUse = 123;
    public const int InvalidArgument = 125;
    public const int LengthTooLong = 102;
    public const int NoSuchFile = 128;
    public const int Uninitialized = 120;
    public const int UnsupportedMethod = 121;
    public const int WriteToReadOnlyBio = 126;

    private static readonly Dictionary<int, string> s_text = new()
    {
        [BrokenPipe] = "broken pipe",
        [InUse] = "in use",
        [InvalidArgument] = "invalid argument",
        [LengthTooLong] = "length too long",
        [NoSuchFile] = "no such file",
        [Uninitialized] = "uninitialized",
        [UnsupportedMethod] = "unsupported method",
        [WriteToReadOnlyBio] = "write to read only BIO",
    };

    public static string? Describe(int reason) => s_text.GetValueOrDefault(reason);

    /// <summary>Puts a BIO_R_* reason from <paramref name="function"/> on the error queue.</summary>
    public static void Push(int reason, string function) =>
        ErrorQueue.Push(ErrorCode.LibBio, reason, function);
}
