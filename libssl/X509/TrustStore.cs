using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using LibSsl.Common;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.X509;

/// <summary>
/// X509_STORE: the trusted certificates a chain may end in.  Certificates
/// come from CA files (loaded at once, SSL_CTX_load_verify_locations(3))
/// and from hashed directories as `openssl rehash` makes them: only files
/// named HHHHHHHH.N are read, when a lookup first needs the directory, so
/// setting a directory is cheap and a directory never used is never read.
/// </summary>
internal sealed class TrustStore : RefCounted
{
    private static readonly Regex s_hashName = new("^[0-9a-f]{8}\\.[0-9]+$", RegexOptions.CultureInvariant);

    private readonly object _lock = new();
    private readonly List<CertificateFacts> _certificates = new();
    private readonly HashSet<string> _encodings = new();
    private readonly List<string> _directories = new();
    private readonly HashSet<string> _directoriesRead = new();

    /// <summary>X509_STORE_set_flags(3): verification flags every chain checked against this store gets.</summary>
    public ulong Flags { get; set; }

    public int Count
    {
        get
        {
            lock (_lock)
                return _certificates.Count;
        }
    }

    /// <summary>X509_STORE_add_cert(3): adds a trusted certificate; one already present is ignored.</summary>
    public void Add(BcCertificate cert)
    {
        string key = Convert.ToBase64String(cert.GetEncoded());
        lock (_lock)
        {
            if (_encodings.Add(key))
                _certificates.Add(new CertificateFacts(cert));
        }
    }

    /// <summary>
    /// Every certificate of a PEM file (other PEM blocks skipped).  The
    /// number added, or -1 with <paramref name="failure"/> set when the file
    /// cannot be read or holds no certificate.
    /// </summary>
    public int LoadFile(string path, out LoadFailure failure)
    {
        List<BcCertificate>? list = KeyMaterial.LoadCertificates(path, KeyMaterial.FileTypePem, out failure);
        if (list is null)
            return -1;
        foreach (BcCertificate c in list)
            Add(c);
        return list.Count;
    }

    /// <summary>A hashed directory, read when first needed.  False when it is not a directory.</summary>
    public bool AddDirectory(string path)
    {
        lock (_lock)
        {
            if (!_directories.Contains(path))
                _directories.Add(path);
        }
        return true;
    }

    /// <summary>The trusted certificates that may have issued <paramref name="subject"/>.</summary>
    public List<CertificateFacts> FindIssuers(CertificateFacts subject)
    {
        ReadDirectories();
        var found = new List<CertificateFacts>();
        lock (_lock)
        {
            foreach (CertificateFacts c in _certificates)
                if (CertificateFacts.MayHaveIssued(c, subject))
                    found.Add(c);
        }
        return found;
    }

    /// <summary>The trusted copy of exactly this certificate, or null.</summary>
    public CertificateFacts? FindSame(CertificateFacts cert)
    {
        ReadDirectories();
        byte[] der = cert.Certificate.GetEncoded();
        lock (_lock)
        {
            foreach (CertificateFacts c in _certificates)
                if (c.Subject.Equivalent(cert.Subject, true) && c.Certificate.GetEncoded().AsSpan().SequenceEqual(der))
                    return c;
        }
        return null;
    }

    private void ReadDirectories()
    {
        List<string> pending;
        lock (_lock)
        {
            pending = _directories.FindAll(d => !_directoriesRead.Contains(d));
            foreach (string d in pending)
                _directoriesRead.Add(d);
        }
        foreach (string dir in pending)
        {
            string[] files;
            try
            {
                files = Directory.GetFiles(dir);
            }
            catch (Exception)
            {
                continue; // As OpenSSL: a missing directory just finds nothing.
            }
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                if (!s_hashName.IsMatch(Path.GetFileName(file)))
                    continue;
                List<BcCertificate>? list = KeyMaterial.LoadCertificates(file, KeyMaterial.FileTypePem, out _);
                if (list is not null)
                    foreach (BcCertificate c in list)
                        Add(c);
            }
        }
    }
}
