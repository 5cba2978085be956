using System;
using System.IO;
using System.Text;

namespace LibSsl.Ssl;

// SSL_CTX_set_keylog_callback(3) and the SSLKEYLOGFILE variable.
internal sealed partial class Ssl
{
    /// <summary>Where the engine sends key log lines for this connection; null when nobody listens.</summary>
    private Action<string>? KeyLogSink()
    {
        if (Context.KeyLog is null && KeyLogFile.Path is null)
            return null;
        return line =>
        {
            // The context's callback as it is when the secret appears
            // (a servername callback may have switched the context).
            Context.KeyLog?.Invoke(this, line);
            KeyLogFile.Append(line);
        };
    }

    /// <summary>
    /// SSLKEYLOGFILE, as OpenSSL 3.5 honours it: when the variable names a
    /// file, every connection appends its key log lines to it.  The file is
    /// created readable by its owner only, since it decrypts the traffic.
    /// </summary>
    private static class KeyLogFile
    {
        private static readonly object s_lock = new();

        public static readonly string? Path = Read();

        private static string? Read()
        {
            string? p = Environment.GetEnvironmentVariable("SSLKEYLOGFILE");
            return string.IsNullOrEmpty(p) ? null : p;
        }

        public static void Append(string line)
        {
            if (Path is null)
                return;
            try
            {
                lock (s_lock)
                {
                    var options = new FileStreamOptions
                    {
                        Mode = FileMode.Append,
                        Access = FileAccess.Write,
                        Share = FileShare.ReadWrite,
                    };
                    if (!OperatingSystem.IsWindows())
                        options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                    using var f = new FileStream(Path, options);
                    f.Write(Encoding.ASCII.GetBytes(line + "\n"));
                }
            }
            catch (IOException)
            {
                // A key log that cannot be written must not break the connection.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
