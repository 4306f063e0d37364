using System.Security.Cryptography.X509Certificates;

namespace Omega.Proxy.Tls;

/// <summary>Loads a certificate with its private key from a PFX file, or from PEM certificate and key files.</summary>
internal static class CertificateFiles
{
    public static X509Certificate2 Load(string certificateFile, string? keyFile, string? password)
    {
        var extension = Path.GetExtension(certificateFile).ToLowerInvariant();
        if (extension is ".pfx" or ".p12")
        {
            return X509CertificateLoader.LoadPkcs12FromFile(certificateFile, password);
        }

        var certificate = keyFile is null
            ? X509Certificate2.CreateFromPemFile(certificateFile)
            : password is null
                ? X509Certificate2.CreateFromPemFile(certificateFile, keyFile)
                : X509Certificate2.CreateFromEncryptedPemFile(certificateFile, password, keyFile);

        // A key read from PEM is ephemeral; TLS on some platforms wants it exported and re-imported.
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        }
    }
}
