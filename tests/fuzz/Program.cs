using System;
using System.IO;
using LibSsl.Bio;
using LibSsl.Ssl;
using LibSsl.X509;
using SharpFuzz;
using SslConnection = LibSsl.Ssl.Ssl;

namespace LibSsl.Fuzz;

/// <summary>
/// The fuzz targets.  Each takes the bytes AFL++ made as what a peer sent
/// and feeds them, followed by end of file, to the code under test through
/// memory BIOs:
///   server  our server reading a ClientHello flight (and what follows);
///   client  our client, its ClientHello sent, reading a server's flights;
///   record  the RecordReader assembling records from a BIO that delivers
///           the bytes in pieces whose sizes the input chooses.
/// A crash is any exception that escapes the library's own handling: in
/// C such an exception would end at the export boundary as an internal
/// error instead of a protocol failure.
///
///   LibSsl.Fuzz TARGET CERT KEY            run under afl-fuzz
///   LibSsl.Fuzz TARGET CERT KEY --replay FILE...   run inputs once each
/// </summary>
internal static class Program
{
    private static SslContext s_server = null!;
    private static SslContext s_client = null!;

    private static int Main(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: LibSsl.Fuzz server|client|record CERT KEY [--replay FILE...]");
            return 2;
        }
        Action<byte[]> target = args[0] switch
        {
            "server" => Server,
            "client" => Client,
            "record" => Record,
            _ => throw new ArgumentException("unknown target " + args[0]),
        };
        if (args.Length > 3 && args[3] == "--replay")
        {
            // Instrumented code records coverage in AFL's shared memory,
            // which only Fuzzer.Run sets up; outside it a scratch map will do.
            unsafe
            {
                SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
            }
            if (!Setup(args))
                return 1;
            for (int i = 4; i < args.Length; i++)
                target(File.ReadAllBytes(args[i]));
            Console.WriteLine("replayed " + (args.Length - 4) + " inputs");
            return 0;
        }
        bool ready = false;
        Fuzzer.Run(stream =>
        {
            // Set up inside the loop: instrumented code may run only here.
            if (!ready && !(ready = Setup(args)))
                throw new InvalidOperationException("cannot load " + args[1] + " / " + args[2]);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target(copy.ToArray());
        });
        return 0;
    }

    /// <summary>The two contexts, the server's with the certificate and key named.</summary>
    private static bool Setup(string[] args)
    {
        s_client = new SslContext(SslMethod.TlsClient);
        s_server = new SslContext(SslMethod.TlsServer);
        var chain = KeyMaterial.LoadCertificates(args[1], 1, out _);
        var key = KeyMaterial.LoadPrivateKey(args[2], 1, null, out _);
        return chain is not null && key is not null && s_server.Identity.SetChain(chain)
            && s_server.Identity.SetKey(key, out _);
    }

    private static MemBio Wire(byte[]? bytes)
    {
        var bio = new MemBio();
        if (bytes is not null)
        {
            bio.Write(bytes);
            bio.EofReturn = 0;
        }
        return bio;
    }

    /// <summary>Drives the handshake to its end, then reads what follows.</summary>
    private static void Finish(SslConnection ssl)
    {
        int r = 0;
        for (int i = 0; i < 64; i++)
        {
            r = ssl.DoHandshake("fuzz");
            if (r != -1 || ssl.GetError(r) is not (SslConnection.ErrorWantRead or SslConnection.ErrorWantWrite))
                break;
        }
        Span<byte> buffer = stackalloc byte[512];
        for (int i = 0; r == 1 && i < 64; i++)
        {
            r = ssl.Read(buffer, "fuzz");
            if (r <= 0 && ssl.GetError(r) != SslConnection.ErrorWantRead)
                break;
        }
        Err.ErrorQueue.Clear();
    }

    private static void Server(byte[] input)
    {
        var ssl = new SslConnection(s_server);
        ssl.SetBio(Wire(input), Wire(null));
        ssl.SetAcceptState();
        Finish(ssl);
        ssl.Release();
    }

    private static void Client(byte[] input)
    {
        var rbio = Wire(null);
        var ssl = new SslConnection(s_client);
        ssl.SetBio(rbio, Wire(null));
        ssl.SetConnectState();
        ssl.DoHandshake("fuzz");
        rbio.Write(input);
        rbio.EofReturn = 0;
        Finish(ssl);
        ssl.Release();
    }

    /// <summary>
    /// The first byte of each piece says how many bytes the BIO hands over
    /// in one read (1 to 256); between pieces it asks for a retry.
    /// </summary>
    private static void Record(byte[] input)
    {
        var bio = new PieceBio(input);
        var reader = new RecordReader();
        for (int i = 0; i < 100_000; i++)
        {
            ReadOutcome o;
            try
            {
                o = reader.Fill(bio, header =>
                    header[0] is < 20 or > 24 ? throw new Org.BouncyCastle.Tls.TlsFatalAlert(10)
                        : 5 + ((header[3] << 8) | header[4]));
            }
            catch (Org.BouncyCastle.Tls.TlsFatalAlert)
            {
                // A refused header: the protocol's answer, not a crash.
                return;
            }
            if (o == ReadOutcome.Record)
            {
                if (reader.Length < 5 || reader.Length != 5 + ((reader.Buffer[3] << 8) | reader.Buffer[4]))
                    throw new InvalidOperationException("the reader handed on a record of the wrong length");
                reader.Reset();
            }
            else if (o != ReadOutcome.Retry)
            {
                return;
            }
        }
        throw new InvalidOperationException("the reader never reached the end of its input");
    }
}
