using System;

namespace LibSsl.Tls;

// SSL_CTX_set_keylog_callback(3): where the key log lines go.
internal sealed partial class ClientPeer
{
    public Action<string>? KeyLog => _config.KeyLog;
}
