using System;
using System.Collections.Generic;
using System.IO;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace LibSsl.X509;

/// <summary>Why a certificate or key file could not be used.</summary>
internal enum LoadFailure
{
    None,
    NoSuchFile,
    Unreadable,
    NoStartLine,
    BadData,
    Encrypted,
    BadPassword,
}

/// <summary>
/// Certificates and private keys from PEM or DER files, as
/// SSL_CTX_use_certificate_file(3) and SSL_CTX_use_PrivateKey_file(3) read
/// them.  Parsing is BouncyCastle's; this class only chooses the format and
/// reports failures without throwing.
/// </summary>
internal static class KeyMaterial
{
    public const int FileTypePem = 1;
    public const int FileTypeAsn1 = 2;

    /// <summary>Every certificate in a PEM file (a chain), or the one of a DER file.</summary>
    public static List<BcCertificate>? LoadCertificates(string path, int type, out LoadFailure failure)
    {
        var list = new List<BcCertificate>();
        failure = LoadFailure.None;
        byte[]? data = Read(path, ref failure);
        if (data is null)
            return null;
        try
        {
            if (type == FileTypeAsn1)
            {
                list.Add(new BcCertificate(data));
                return list;
            }
            using var reader = new PemReader(new StringReader(System.Text.Encoding.ASCII.GetString(data)));
            object? o;
            while ((o = reader.ReadObject()) is not null)
                if (o is BcCertificate c)
                    list.Add(c);
        }
        catch (Exception)
        {
            failure = LoadFailure.BadData;
            return null;
        }
        if (list.Count == 0)
        {
            failure = LoadFailure.NoStartLine;
            return null;
        }
        return list;
    }

    /// <summary>
    /// The first private key in a PEM file, or the PKCS#8 key of a DER file.
    /// <paramref name="password"/> is asked for an encrypted key; null means
    /// no password can be had.
    /// </summary>
    public static AsymmetricKeyParameter? LoadPrivateKey(string path, int type, Func<string?>? password,
        out LoadFailure failure)
    {
        failure = LoadFailure.None;
        byte[]? data = Read(path, ref failure);
        if (data is null)
            return null;
        if (type == FileTypeAsn1)
        {
            try
            {
                return PrivateKeyFactory.CreateKey(data);
            }
            catch (Exception)
            {
                failure = LoadFailure.BadData;
                return null;
            }
        }
        return ParsePrivateKey(System.Text.Encoding.ASCII.GetString(data), password, out failure);
    }

    /// <summary>The first certificate in PEM text, or null with the reason.</summary>
    public static BcCertificate? ParseCertificate(string pem, out LoadFailure failure)
    {
        failure = LoadFailure.None;
        try
        {
            using var reader = new PemReader(new StringReader(pem));
            object? o;
            while ((o = reader.ReadObject()) is not null)
                if (o is BcCertificate c)
                    return c;
        }
        catch (Exception)
        {
            failure = LoadFailure.BadData;
            return null;
        }
        failure = LoadFailure.NoStartLine;
        return null;
    }

    /// <summary>
    /// The first private key in PEM text: PKCS#8 (plain or encrypted), or
    /// the traditional RSA/EC forms (plain or with Proc-Type encryption).
    /// </summary>
    public static AsymmetricKeyParameter? ParsePrivateKey(string pem, Func<string?>? password, out LoadFailure failure)
    {
        failure = LoadFailure.None;
        bool encrypted = pem.Contains("ENCRYPTED", StringComparison.Ordinal);
        string? secret = null;
        if (encrypted)
        {
            secret = password?.Invoke();
            if (secret is null)
            {
                failure = LoadFailure.Encrypted;
                return null;
            }
        }
        try
        {
            using var reader = new PemReader(new StringReader(pem), secret is null ? null : new Password(secret));
            object? o;
            while ((o = reader.ReadObject()) is not null)
            {
                switch (o)
                {
                    case AsymmetricCipherKeyPair pair:
                        return pair.Private;
                    case AsymmetricKeyParameter { IsPrivate: true } key:
                        return key;
                }
            }
        }
        catch (Exception)
        {
            failure = encrypted ? LoadFailure.BadPassword : LoadFailure.BadData;
            return null;
        }
        failure = LoadFailure.NoStartLine;
        return null;
    }

    private sealed class Password : IPasswordFinder
    {
        private readonly string _secret;

        public Password(string secret) => _secret = secret;

        public char[] GetPassword() => _secret.ToCharArray();
    }

    /// <summary>X509_check_private_key(3): does the key belong to the certificate?</summary>
    public static bool Matches(BcCertificate certificate, AsymmetricKeyParameter key)
    {
        AsymmetricKeyParameter pub = certificate.GetPublicKey();
        switch (key)
        {
            case RsaPrivateCrtKeyParameters rsa when pub is RsaKeyParameters rpub:
                return rsa.Modulus.Equals(rpub.Modulus) && rsa.PublicExponent.Equals(rpub.Exponent);
            case ECPrivateKeyParameters ec when pub is ECPublicKeyParameters epub:
                return ec.Parameters.G.Multiply(ec.D).Normalize().Equals(epub.Q.Normalize())
                    && ec.Parameters.Curve.Equals(epub.Parameters.Curve);
            case Ed25519PrivateKeyParameters ed when pub is Ed25519PublicKeyParameters edpub:
                return ed.GeneratePublicKey().GetEncoded().AsSpan().SequenceEqual(edpub.GetEncoded());
            default:
                return false;
        }
    }

    private static byte[]? Read(string path, ref LoadFailure failure)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            failure = LoadFailure.NoSuchFile;
        }
        catch (Exception)
        {
            failure = LoadFailure.Unreadable;
        }
        return null;
    }
}

/// <summary>The error-queue entries OpenSSL leaves for each kind of load failure.</summary>
internal static class LoadFailureReport
{
    private const int Enoent = 2;
    private const int Eacces = 13;

    public static void Push(LoadFailure failure, string function)
    {
        switch (failure)
        {
            case LoadFailure.NoSuchFile:
            case LoadFailure.Unreadable:
                Err.ErrorQueue.Push(Err.ErrorCode.LibSys, failure == LoadFailure.NoSuchFile ? Enoent : Eacces,
                    function, "calling fopen()");
                Err.ErrorQueue.PushSsl(Err.ErrorCode.RSysLib, function);
                break;
            case LoadFailure.NoStartLine:
                Err.ErrorQueue.Push(Err.ErrorCode.LibPem, Err.ErrorCode.PemNoStartLine, function);
                Err.ErrorQueue.PushSsl(Err.ErrorCode.RPemLib, function);
                break;
            case LoadFailure.Encrypted:
                Err.ErrorQueue.Push(Err.ErrorCode.LibPem, Err.ErrorCode.PemBadPasswordRead, function,
                    "the key is encrypted and no password callback gave a password");
                Err.ErrorQueue.PushSsl(Err.ErrorCode.RPemLib, function);
                break;
            case LoadFailure.BadPassword:
                Err.ErrorQueue.Push(Err.ErrorCode.LibPem, Err.ErrorCode.PemBadDecrypt, function);
                Err.ErrorQueue.PushSsl(Err.ErrorCode.RPemLib, function);
                break;
            default:
                Err.ErrorQueue.PushSsl(Err.ErrorCode.RAsn1Lib, function);
                break;
        }
    }
}
