using System.Collections.Generic;

namespace LibSsl.Err;

/// <summary>
/// Human-readable names of libraries and reasons, for ERR_error_string(3)
/// and friends.  The codes are OpenSSL's; the wording is ours where OpenSSL's
/// own wording is not what programs and people grep for.
/// </summary>
internal static class ErrorText
{
    private static readonly Dictionary<int, string> s_libs = new()
    {
        [ErrorCode.LibSys] = "system library",
        [ErrorCode.LibCrypto] = "common libcrypto routines",
        [ErrorCode.LibSsl] = "SSL routines",
        [ErrorCode.LibBio] = "BIO routines",
        [6] = "digital envelope routines",
        [ErrorCode.LibPem] = "PEM routines",
        [ErrorCode.LibX509] = "X509 certificate routines",
        [ErrorCode.LibAsn1] = "asn1 encoding routines",
    };

    private static readonly Dictionary<int, string> s_common = new()
    {
        [ErrorCode.RMallocFailure] = "malloc failure",
        [ErrorCode.RShouldNotHaveBeenCalled] = "called a function you should not call",
        [ErrorCode.RPassedNullParameter] = "passed a null parameter",
        [ErrorCode.RInternalError] = "internal error",
        [ErrorCode.RInitFail] = "init fail",
        [ErrorCode.RPassedInvalidArgument] = "passed invalid argument",
        [ErrorCode.RUnsupported] = "unsupported",
        [ErrorCode.RSysLib] = "system lib",
        [ErrorCode.RPemLib] = "PEM lib",
        [ErrorCode.RX509Lib] = "X509 lib",
        [ErrorCode.RAsn1Lib] = "ASN1 lib",
    };

    private static readonly Dictionary<(int Lib, int Reason), string> s_other = new()
    {
        [(ErrorCode.LibPem, ErrorCode.PemBadDecrypt)] = "bad decrypt",
        [(ErrorCode.LibPem, ErrorCode.PemBadPasswordRead)] = "bad password read",
        [(ErrorCode.LibPem, ErrorCode.PemNoStartLine)] = "no start line",
        [(ErrorCode.LibX509, ErrorCode.X509KeyValuesMismatch)] = "key values mismatch",
    };

    public static string? Lib(uint code) =>
        code == 0 ? null : s_libs.GetValueOrDefault(ErrorCode.GetLib(code));

    public static string? Reason(uint code)
    {
        if (code == 0)
            return null;
        int lib = ErrorCode.GetLib(code);
        int reason = ErrorCode.GetReason(code);
        if (lib == ErrorCode.LibSys)
            return Posix.Errno.Describe(reason);
        if (ErrorCode.IsCommonReason(reason))
            return s_common.GetValueOrDefault(reason);
        if (lib == ErrorCode.LibSsl)
            return SslReason.Describe(reason);
        if (lib == ErrorCode.LibBio)
            return BioReason.Describe(reason);
        return s_other.GetValueOrDefault((lib, reason));
    }

    /// <summary>The OpenSSL 3 one-line form: error:CODE:LIB:FUNC:REASON.</summary>
    public static string Format(uint code)
    {
        string lib = Lib(code) ?? $"lib({ErrorCode.GetLib(code)})";
        string reason = Reason(code) ?? $"reason({ErrorCode.GetReason(code)})";
        return $"error:{code:X8}:{lib}::{reason}";
    }
}
