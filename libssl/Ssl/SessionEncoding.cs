using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LibSsl.Tls;

namespace LibSsl.Ssl;

/// <summary>
/// i2d_SSL_SESSION(3) and d2i_SSL_SESSION(3): our own versioned encoding,
/// not OpenSSL's ASN.1, since a session is only ever read back by this
/// library.  Layout (big-endian): "LSCS", format byte, body length (u32),
/// then the body: version u16, suite u16, id (u8 length), master secret
/// (u8 length), flags u8, id context (u8 length), time i64, timeout i64,
/// key-exchange group u16 (0xFFFF for none), peer chain (u8 count, each u24 length), server extensions (u16 count,
/// each type u16 and u16 length), RFC 5077 ticket (u16 length), its
/// lifetime hint u32.  Every length is checked against what
/// is left, so garbage or a truncated buffer is refused, never overread.
/// </summary>
internal static class SessionEncoding
{
    private static readonly byte[] s_magic = Encoding.ASCII.GetBytes("LSCS");
    private const byte Format = 1;
    private const int HeaderLength = 4 + 1 + 4;
    private const byte FlagExtendedMasterSecret = 1;

    public static byte[] Encode(SslSession session)
    {
        SessionState s = session.State;
        var body = new MemoryStream();
        U16(body, s.Version);
        U16(body, s.CipherSuite);
        Opaque8(body, s.Id);
        Opaque8(body, s.MasterSecret);
        body.WriteByte(s.ExtendedMasterSecret ? FlagExtendedMasterSecret : (byte)0);
        Opaque8(body, session.IdContext);
        I64(body, session.Time);
        I64(body, session.Timeout);
        U16(body, session.Group < 0 ? 0xFFFF : session.Group);
        body.WriteByte(checked((byte)s.PeerChain.Count));
        foreach (byte[] der in s.PeerChain)
        {
            int n = der.Length;
            if (n > 0xFFFFFF)
                throw new InvalidDataException("certificate too long");
            body.WriteByte((byte)(n >> 16));
            U16(body, n & 0xFFFF);
            body.Write(der);
        }
        U16(body, checked((ushort)s.ServerExtensions.Count));
        foreach (var (type, data) in s.ServerExtensions)
        {
            U16(body, type);
            U16(body, checked((ushort)data.Length));
            body.Write(data);
        }
        U16(body, checked((ushort)s.Ticket.Length));
        body.Write(s.Ticket);
        U32(body, (uint)Math.Clamp(s.TicketLifetimeHint, 0, uint.MaxValue));
        var all = new MemoryStream();
        all.Write(s_magic);
        all.WriteByte(Format);
        U32(all, (uint)body.Length);
        body.Position = 0;
        body.CopyTo(all);
        return all.ToArray();
    }

    /// <summary>
    /// The session encoded at the start of <paramref name="data"/> and the
    /// bytes it took; null with a reason when it is not one of ours, is of
    /// another format, or is cut short.
    /// </summary>
    public static SslSession? Decode(ReadOnlySpan<byte> data, out int consumed, out string? error)
    {
        consumed = 0;
        error = null;
        if (data.Length < HeaderLength || !data[..4].SequenceEqual(s_magic))
        {
            error = data.Length < HeaderLength && s_magic.AsSpan(0, Math.Min(4, data.Length)).SequenceEqual(data[..Math.Min(4, data.Length)])
                ? "truncated session" : "not an encoded session";
            return null;
        }
        if (data[4] != Format)
        {
            error = "unknown session format " + data[4];
            return null;
        }
        uint length = (uint)(data[5] << 24 | data[6] << 16 | data[7] << 8 | data[8]);
        if (length > (uint)(data.Length - HeaderLength))
        {
            error = "truncated session";
            return null;
        }
        var r = new Reader(data.Slice(HeaderLength, (int)length));
        try
        {
            int version = r.U16();
            int suite = r.U16();
            byte[] id = r.Opaque8(32);
            byte[] master = r.Opaque8(48);
            byte flags = r.U8();
            byte[] idContext = r.Opaque8(SslSession.MaxIdContextLength);
            long time = r.I64();
            long timeout = r.I64();
            int group = r.U16();
            int certs = r.U8();
            var chain = new List<byte[]>();
            for (int i = 0; i < certs; i++)
                chain.Add(r.Bytes(r.U8() << 16 | r.U16()));
            int extensions = r.U16();
            var ext = new List<(int, byte[])>();
            for (int i = 0; i < extensions; i++)
            {
                int type = r.U16();
                ext.Add((type, r.Bytes(r.U16())));
            }
            byte[] ticket = r.Bytes(r.U16());
            long hint = (long)r.U16() << 16 | (long)r.U16();
            if (!r.AtEnd || (version != 0x0303 && version != 0x0304) || (master.Length != 0 && master.Length != 48)
                || (flags & ~FlagExtendedMasterSecret) != 0)
            {
                error = "bad session data";
                return null;
            }
            var state = new SessionState
            {
                Version = version,
                CipherSuite = suite,
                Id = id,
                MasterSecret = master,
                ExtendedMasterSecret = (flags & FlagExtendedMasterSecret) != 0,
                PeerChain = chain,
                ServerExtensions = ext,
                Ticket = ticket,
                TicketLifetimeHint = hint,
            };
            consumed = HeaderLength + (int)length;
            return new SslSession(state, time, timeout, idContext) { Group = group == 0xFFFF ? -1 : group };
        }
        catch (InvalidDataException)
        {
            error = "bad session data";
            return null;
        }
    }

    private static void U16(Stream s, int v)
    {
        s.WriteByte((byte)(v >> 8));
        s.WriteByte((byte)v);
    }

    private static void U32(Stream s, uint v)
    {
        U16(s, (int)(v >> 16));
        U16(s, (int)(v & 0xFFFF));
    }

    private static void I64(Stream s, long v)
    {
        U32(s, (uint)((ulong)v >> 32));
        U32(s, (uint)v);
    }

    private static void Opaque8(Stream s, byte[] v)
    {
        s.WriteByte(checked((byte)v.Length));
        s.Write(v);
    }

    /// <summary>Reads fields, refusing to go past the end.</summary>
    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _at;

        public Reader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _at = 0;
        }

        public bool AtEnd => _at == _data.Length;

        public byte[] Bytes(int n)
        {
            if (n < 0 || n > _data.Length - _at)
                throw new InvalidDataException("truncated");
            byte[] b = _data.Slice(_at, n).ToArray();
            _at += n;
            return b;
        }

        public byte U8() => Bytes(1)[0];

        public int U16()
        {
            byte[] b = Bytes(2);
            return b[0] << 8 | b[1];
        }

        public long I64()
        {
            byte[] b = Bytes(8);
            long v = 0;
            foreach (byte x in b)
                v = v << 8 | x;
            return v;
        }

        public byte[] Opaque8(int max)
        {
            int n = U8();
            if (n > max)
                throw new InvalidDataException("field too long");
            return Bytes(n);
        }
    }
}
