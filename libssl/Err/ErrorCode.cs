namespace LibSsl.Err;

/// <summary>
/// Packed error codes as OpenSSL 3 lays them out: library in bits 23..30,
/// reason (with its flag bits) in bits 0..22, and bit 31 marking a system
/// error whose low 31 bits are errno.  The C macros ERR_GET_LIB and
/// ERR_GET_REASON in our err.h decode exactly this layout.
/// </summary>
internal static class ErrorCode
{
    public const int LibSys = 2;
    public const int LibBio = 32;
    public const int LibCrypto = 15;
    public const int LibSsl = 20;
    public const int LibPem = 9;
    public const int LibX509 = 11;
    public const int LibAsn1 = 13;

    public const int LibOffset = 23;
    public const uint LibMask = 0xFF;
    public const uint ReasonMask = 0x7FFFFF;
    public const uint SystemFlag = 0x80000000u;

    // Common reasons shared by every library (ERR_R_*), flags included.
    private const int RFlagFatal = 0x1 << 18;
    private const int RFlagCommon = 0x2 << 18;
    public const int RFatal = RFlagFatal | RFlagCommon;
    public const int RMallocFailure = 256 | RFatal;
    public const int RShouldNotHaveBeenCalled = 257 | RFatal;
    public const int RPassedNullParameter = 258 | RFatal;
    public const int RInternalError = 259 | RFatal;
    public const int RInitFail = 261 | RFatal;
    public const int RPassedInvalidArgument = 262 | RFlagCommon;
    public const int RUnsupported = 268 | RFlagCommon;

    // "the failure was in library N": the common reason is N with the common flag.
    public const int RSysLib = LibSys | RFlagCommon;
    public const int RPemLib = LibPem | RFlagCommon;
    public const int RX509Lib = LibX509 | RFlagCommon;
    public const int RAsn1Lib = LibAsn1 | RFlagCommon;

    /// <summary>ERR_R_EVP_LIB.</summary>
    public const int REvpLib = 6 | RFlagCommon;

    // PEM_R_*, X509_R_* reasons used by certificate and key loading.
    public const int PemBadDecrypt = 101;
    public const int PemBadPasswordRead = 104;
    public const int PemNoStartLine = 108;
    public const int PemBioWriteFailure = 118;
    public const int X509KeyValuesMismatch = 116;

    public static uint Pack(int lib, int reason)
    {
        if (lib == LibSys)
            return SystemFlag | ((uint)reason & 0x7FFFFFFFu);
        return (((uint)lib & LibMask) << LibOffset) | ((uint)reason & ReasonMask);
    }

    public static int GetLib(uint code) =>
        (code & SystemFlag) != 0 ? LibSys : (int)((code >> LibOffset) & LibMask);

    public static int GetReason(uint code) =>
        (code & SystemFlag) != 0 ? (int)(code & 0x7FFFFFFFu) : (int)(code & ReasonMask);

    public static bool IsCommonReason(int reason) => (reason & RFlagCommon) != 0;
}
