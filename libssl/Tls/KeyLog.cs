using System;
using Org.BouncyCastle.Tls;
using Org.BouncyCastle.Tls.Crypto;

namespace LibSsl.Tls;

/// <summary>
/// SSL_CTX_set_keylog_callback(3): the secrets of a connection as lines of
/// the NSS key log format ("LABEL client_random secret", hex), which
/// Wireshark reads to decrypt a capture.  The secrets are read from the
/// engine's SecurityParameters when they exist: TLS 1.3 handshake traffic
/// secrets right after the ServerHello, application traffic and exporter
/// secrets and the TLS 1.2 master secret once the handshake is complete.
/// </summary>
internal static class KeyLog
{
    /// <summary>TLS 1.3 handshake traffic secrets, valid between the ServerHello and the Finished messages.</summary>
    public static void Handshake(TlsContext? context, Action<string>? sink)
    {
        if (sink is null || context is null || !TlsUtilities.IsTlsV13(context))
            return;
        SecurityParameters sp = context.SecurityParameters;
        Emit(sink, context, "CLIENT_HANDSHAKE_TRAFFIC_SECRET", sp.TrafficSecretClient);
        Emit(sink, context, "SERVER_HANDSHAKE_TRAFFIC_SECRET", sp.TrafficSecretServer);
    }

    /// <summary>At completion: TLS 1.3 application traffic and exporter secrets, or the TLS 1.2 master secret.</summary>
    public static void Completed(TlsContext? context, Action<string>? sink)
    {
        if (sink is null || context is null)
            return;
        SecurityParameters sp = context.SecurityParameters;
        if (TlsUtilities.IsTlsV13(context))
        {
            Emit(sink, context, "CLIENT_TRAFFIC_SECRET_0", sp.TrafficSecretClient);
            Emit(sink, context, "SERVER_TRAFFIC_SECRET_0", sp.TrafficSecretServer);
            Emit(sink, context, "EXPORTER_SECRET", sp.ExporterMasterSecret);
        }
        else
        {
            Emit(sink, context, "CLIENT_RANDOM", sp.MasterSecret);
        }
    }

    private static void Emit(Action<string> sink, TlsContext context, string label, TlsSecret? secret)
    {
        byte[]? random = context.SecurityParameters.ClientRandom;
        if (secret is null || random is null || !secret.IsAlive())
            return;
        // AdoptSecret copies: the engine's secret stays alive for its own use.
        byte[] bytes = context.Crypto.AdoptSecret(secret).Extract();
        try
        {
            sink(label + " " + Convert.ToHexString(random).ToLowerInvariant() + " "
                + Convert.ToHexString(bytes).ToLowerInvariant());
        }
        finally
        {
            Array.Clear(bytes);
        }
    }
}
