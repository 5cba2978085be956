namespace LibSsl.Bio;

/// <summary>
/// The BIO_ctrl(3) command numbers (BIO_CTRL_* and BIO_C_* of bio.h) that
/// this library answers or passes on.
/// </summary>
internal static class BioCommand
{
    public const int Reset = 1;
    public const int Eof = 2;
    public const int Info = 3;
    public const int Push = 6;
    public const int Pop = 7;
    public const int GetClose = 8;
    public const int SetClose = 9;
    public const int Pending = 10;
    public const int Flush = 11;
    public const int Dup = 12;
    public const int WPending = 13;
    public const int SetCallback = 14;

    public const int SetNbio = 102;
    public const int SetFd = 104;
    public const int GetFd = 105;
    public const int FileSeek = 128;
    public const int SetBufMemEofReturn = 130;
    public const int FileTell = 133;
    public const int SetWriteBufSize = 136;
    public const int GetWriteBufSize = 137;
    public const int MakeBioPair = 138;
    public const int DestroyBioPair = 139;
    public const int GetWriteGuarantee = 140;
    public const int GetReadRequest = 141;
    public const int ShutdownWr = 142;
    public const int ResetReadRequest = 147;
}
