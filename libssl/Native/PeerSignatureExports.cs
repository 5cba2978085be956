using System;
using System.Runtime.InteropServices;
using LibSsl.Err;
using LibSsl.Runtime;

namespace LibSsl.Native;

/// <summary>
/// SSL_get_peer_signature_nid(3): SSL_get_peer_signature_type_nid, and the
/// SSL_ctrl command behind the SSL_get_peer_signature_nid macro.
/// </summary>
internal static unsafe class PeerSignatureExports
{
    private const int Lib = ErrorCode.LibSsl;

    /// <summary>1 with the NID stored when there is one; 0, storing nothing, when the peer signed nothing.</summary>
    public static int Store(int? nid, int* pnid, string function)
    {
        if (pnid == null)
        {
            Boundary.NullArgument(function);
            return 0;
        }
        if (nid is null)
            return 0;
        *pnid = nid.Value;
        return 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "SSL_get_peer_signature_type_nid")]
    public static int SSL_get_peer_signature_type_nid(nint ssl, int* pnid)
    {
        const string Fn = "SSL_get_peer_signature_type_nid";
        ForkGate.Enter();
        try
        {
            Ssl.Ssl? s = Boundary.Resolve<Ssl.Ssl>(ssl, HandleKind.Ssl, Fn);
            return s is null ? 0 : Store(s.PeerSignatureNids?.Type, pnid, Fn);
        }
        catch (Exception e)
        {
            return Boundary.Fail(e, Fn, Lib, 0);
        }
        finally
        {
            ForkGate.Exit();
        }
    }
}
