using System;
using System.Collections.Generic;
using System.IO;
using LibSsl.Common;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

using BcX509Name = Org.BouncyCastle.Asn1.X509.X509Name;

namespace LibSsl.X509;

/// <summary>
/// X509_STORE: the trusted certificates a chain may end in.  Certificates
/// come from CA files (loaded at once, SSL_CTX_load_verify_locations(3))
/// and from hashed directories as `openssl rehash` makes them: a lookup
/// for a name reads only the files HASH.0, HASH.1, ... for that name's
/// subject hash (<see cref="NameHash"/>), once per directory and name, as
/// OpenSSL's by_dir lookup does, so setting a directory is cheap.
/// </summary>
internal sealed class TrustStore : RefCounted
{
    private readonly object _lock = new();
    private readonly List<CertificateFacts> _certificates = new();
    private readonly HashSet<string> _encodings = new();
    private readonly List<string> _directories = new();
    private readonly HashSet<(string Directory, uint Hash)> _looked = new();

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
        ReadDirectories(subject.Issuer);
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
        ReadDirectories(cert.Subject);
        byte[] der = cert.Certificate.GetEncoded();
        lock (_lock)
        {
            foreach (CertificateFacts c in _certificates)
                if (c.Subject.Equivalent(cert.Subject, true) && c.Certificate.GetEncoded().AsSpan().SequenceEqual(der))
                    return c;
        }
        return null;
    }

    // Loads DIR/HASH.0, DIR/HASH.1, ... up to the first missing file, for
    // each directory not yet asked about this name.
    private void ReadDirectories(BcX509Name name)
    {
        List<string> pending;
        uint hash = NameHash.Of(name);
        lock (_lock)
        {
            pending = _directories.FindAll(d => _looked.Add((d, hash)));
        }
        string stem = hash.ToString("x8");
        foreach (string dir in pending)
        {
            for (int n = 0; ; n++)
            {
                string file = Path.Combine(dir, stem + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (!File.Exists(file))
                    break;
                List<BcCertificate>? list = KeyMaterial.LoadCertificates(file, KeyMaterial.FileTypePem, out _);
                if (list is not null)
                    foreach (BcCertificate c in list)
                        Add(c);
            }
        }
    }
}
