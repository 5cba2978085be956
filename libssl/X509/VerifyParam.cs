using System;
using System.Collections.Generic;
using LibSsl.Common;

namespace LibSsl.X509;

/// <summary>
/// X509_VERIFY_PARAM: what a verification checks besides the chain itself:
/// the depth limit, flags, the time to check validity at, the purpose, and
/// the host names or address the leaf must carry.  An SSL starts with a
/// copy of its context's (SSL_new(3)).
/// </summary>
internal sealed class VerifyParam : RefCounted
{
    /// <summary>OpenSSL's default limit: 100 intermediate certificates.</summary>
    public const int DefaultDepth = 100;

    public const ulong FlagUseCheckTime = 0x2;
    public const ulong FlagCheckSsSignature = 0x4000;
    public const ulong FlagPartialChain = 0x80000;
    public const ulong FlagNoCheckTime = 0x200000;

    /// <summary>Maximum number of intermediate certificates; -1 for the default.</summary>
    public int Depth { get; set; } = -1;

    public ulong Flags { get; set; }

    /// <summary>The time validity is checked at, when FlagUseCheckTime is set.</summary>
    public DateTime CheckTime { get; set; }

    public VerifyPurpose Purpose { get; set; }

    /// <summary>Names the leaf must match one of (SSL_set1_host(3)); empty for no check.</summary>
    public List<string> Hosts { get; private set; } = new();

    /// <summary>
    /// The set1 (<paramref name="replace"/>) and add1 forms of the host
    /// setters: a NULL or empty name adds nothing, so set1 with one clears.
    /// </summary>
    public void SetHost(string? name, bool replace)
    {
        if (replace)
            Hosts.Clear();
        if (!string.IsNullOrEmpty(name))
            Hosts.Add(name);
    }

    /// <summary>X509_CHECK_FLAG_* for the host check.</summary>
    public uint HostFlags { get; set; }

    /// <summary>The address the leaf must carry (4 or 16 bytes), or null.</summary>
    public byte[]? Ip { get; set; }

    /// <summary>The name that matched, after a successful host check (SSL_get0_peername).</summary>
    public string? PeerName { get; set; }

    public int EffectiveDepth => Depth < 0 ? DefaultDepth : Depth;

    public DateTime Now => (Flags & FlagUseCheckTime) != 0 ? CheckTime : DateTime.UtcNow;

    /// <summary>An independent copy (its own identity, no peer name yet).</summary>
    public VerifyParam Copy() => new()
    {
        Depth = Depth,
        Flags = Flags,
        CheckTime = CheckTime,
        Purpose = Purpose,
        Hosts = new List<string>(Hosts),
        HostFlags = HostFlags,
        Ip = Ip,
    };
}
