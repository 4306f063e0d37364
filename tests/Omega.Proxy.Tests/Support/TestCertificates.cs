using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Omega.Proxy.Tests.Support;

/// <summary>Certificates made for one test run and written to a temporary folder: none is committed.</summary>
internal sealed class TestCertificates : IDisposable
{
    public const string SupplierDn = "CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR";

    private TestCertificates(string folder)
    {
        Folder = folder;
        Server = SelfSigned("CN=127.0.0.1", server: true);
        Supplier = SelfSigned(SupplierDn, server: false);
        Stranger = SelfSigned("CN=autre-fournisseur.example, O=Autre, C=FR", server: false);
        ServerPfx = Save(Server, "server.pfx");
        SupplierPfx = Save(Supplier, "supplier.pfx");
        ServerCer = Path.Combine(folder, "server.cer");
        File.WriteAllBytes(ServerCer, Server.Export(X509ContentType.Cert));
    }

    public string Folder { get; }

    public X509Certificate2 Server { get; }

    public X509Certificate2 Supplier { get; }

    public X509Certificate2 Stranger { get; }

    public string ServerPfx { get; }

    public string ServerCer { get; }

    public string SupplierPfx { get; }

    public static TestCertificates Create() => new(Directory.CreateTempSubdirectory("omega-certs-").FullName);

    public void Dispose()
    {
        Server.Dispose();
        Supplier.Dispose();
        Stranger.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private string Save(X509Certificate2 certificate, string name)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12));
        return path;
    }

    private static X509Certificate2 SelfSigned(string subject, bool server)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var usage = server ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2";
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        if (server)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        using var certificate = request.CreateSelfSigned(
            DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
