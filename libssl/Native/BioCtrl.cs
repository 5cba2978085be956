using LibSsl.Bio;
using LibSsl.Err;

namespace LibSsl.Native;

/// <summary>
/// BIO_ctrl(3): the numbered commands behind bio.h's macros (BIO_pending,
/// BIO_set_fd, BIO_get_mem_data, BIO_shutdown_wr, ...) turned into calls on
/// the BIO, with the pointer arguments read and written here.  A BIO of a C
/// method gets every command as it is.  A command the BIO does not know
/// returns 0, as OpenSSL's built-in methods do.
/// </summary>
internal static unsafe class BioCtrl
{
    public static long Dispatch(Bio.Bio bio, int cmd, long larg, nint parg, string function)
    {
        if (bio is MethodBio method)
            return method.Ctrl(cmd, larg, parg);
        switch (cmd)
        {
            case BioCommand.Reset:
                return bio.Reset();
            case BioCommand.Eof:
                return bio.Eof();
            case BioCommand.Info:
                return Info(bio, parg);
            case BioCommand.GetClose:
                return bio.GetClose();
            case BioCommand.SetClose:
                return bio.SetClose((int)larg);
            case BioCommand.Pending:
                return bio.Pending();
            case BioCommand.WPending:
                return bio.WritePending();
            case BioCommand.Flush:
                return bio.Flush();
            case BioCommand.Dup:
                return bio.Dup();
            case BioCommand.FileSeek:
                return bio.Seek(larg);
            case BioCommand.FileTell:
                return bio.Tell();
        }
        return bio switch
        {
            DescriptorBio d => Descriptor(d, cmd, larg, parg, function),
            MemBio m => Memory(m, cmd, larg),
            BioPair p => Pair(p, cmd, larg, parg, function),
            _ => 0,
        };
    }

    /// <summary>BIO_CTRL_INFO; for a memory BIO, BIO_get_mem_data(3) stores the data pointer.</summary>
    private static long Info(Bio.Bio bio, nint parg)
    {
        nint data = parg != 0 ? *(nint*)parg : 0;
        long result = bio.Info(ref data);
        if (parg != 0)
            *(nint*)parg = data;
        return result;
    }

    /// <summary>BIO_set_fd(3) and BIO_get_fd(3): the descriptor travels through an int *.</summary>
    private static long Descriptor(DescriptorBio d, int cmd, long larg, nint parg, string function)
    {
        switch (cmd)
        {
            case BioCommand.SetFd:
                if (parg == 0)
                {
                    Boundary.NullArgument(function, ErrorCode.LibBio);
                    return 0;
                }
                d.SetFd(*(int*)parg, (int)larg);
                return 1;
            case BioCommand.GetFd:
                int fd = d.GetFd();
                if (fd != -1 && parg != 0)
                    *(int*)parg = fd;
                return fd;
            default:
                return 0;
        }
    }

    private static long Memory(MemBio m, int cmd, long larg)
    {
        if (cmd != BioCommand.SetBufMemEofReturn)
            return 0;
        m.EofReturn = (int)larg;
        return 1;
    }

    private static long Pair(BioPair p, int cmd, long larg, nint parg, string function)
    {
        switch (cmd)
        {
            case BioCommand.SetWriteBufSize:
                return p.SetWriteBufferSize(larg, function);
            case BioCommand.GetWriteBufSize:
                return p.WriteBufferSize;
            case BioCommand.MakeBioPair:
                Bio.Bio? peer = Boundary.Resolve<Bio.Bio>(parg, HandleKind.Bio, function, ErrorCode.LibBio);
                if (peer is null)
                    return 0;
                if (peer is not BioPair other)
                {
                    BioReason.Push(BioReason.InvalidArgument, function);
                    return 0;
                }
                return p.MakePair(other, function);
            case BioCommand.DestroyBioPair:
                return p.DestroyPair();
            case BioCommand.GetWriteGuarantee:
                return p.WriteGuarantee;
            case BioCommand.GetReadRequest:
                return p.ReadRequest;
            case BioCommand.ResetReadRequest:
                return p.ResetReadRequest();
            case BioCommand.ShutdownWr:
                return p.ShutdownWrite();
            default:
                return 0;
        }
    }
}
