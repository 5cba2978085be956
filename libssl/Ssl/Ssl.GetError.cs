using LibSsl.Err;

namespace LibSsl.Ssl;

// SSL_get_error(3).  It stores nothing of its own: the answer is derived
// from the return value, this thread's error queue, what the last operation
// was waiting for, the BIOs' retry flags and the shutdown state, as in
// LibreSSL's ssl_lib.c.
internal sealed partial class Ssl
{
    public const int ErrorNone = 0;
    public const int ErrorSsl = 1;
    public const int ErrorWantRead = 2;
    public const int ErrorWantWrite = 3;
    public const int ErrorSyscall = 5;
    public const int ErrorZeroReturn = 6;

    public int GetError(int ret)
    {
        if (ret > 0)
            return ErrorNone;

        uint first = ErrorQueue.PeekFirst().Code;
        if (first != 0)
            return ErrorCode.GetLib(first) == ErrorCode.LibSys ? ErrorSyscall : ErrorSsl;

        if (RwState == RwState.Reading && _rbio is not null)
        {
            if (_rbio.ShouldRead)
                return ErrorWantRead;
            if (_rbio.ShouldWrite)
                return ErrorWantWrite;
        }
        if (RwState == RwState.Writing && _wbio is not null)
        {
            if (_wbio.ShouldWrite)
                return ErrorWantWrite;
            if (_wbio.ShouldRead)
                return ErrorWantRead;
        }
        if ((ShutdownState & ReceivedShutdown) != 0 && _engine is { CloseNotifyReceived: true })
            return ErrorZeroReturn;
        return ErrorSyscall;
    }
}
