using System.Net;
using System.Security.Cryptography.X509Certificates;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tls;

namespace Omega.Proxy.Forwarding;

/// <summary>
/// Where the proxy forwards, and the one HTTP client it uses: pooled connections, no redirects, no
/// cookies, and the client certificate OMEGA requires when one is configured.
/// </summary>
internal sealed class Upstream : IDisposable
{
    private Upstream(Uri? address, HttpMessageInvoker client, TimeSpan timeout)
    {
        Address = address;
        Client = client;
        Timeout = timeout;
    }

    /// <summary>The upstream's address; null when the proxy only answers from recordings.</summary>
    public Uri? Address { get; }

    /// <summary>The destination prefix YARP forwards to: the upstream URL without a trailing slash.</summary>
    public string Prefix => Address?.AbsoluteUri.TrimEnd('/') ?? "none";

    public HttpMessageInvoker Client { get; }

    public TimeSpan Timeout { get; }

    public static Upstream Create(Uri? address, ProxyOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = options.UpstreamTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };

        if (options.Tls.UpstreamCertificate is { } certificateFile)
        {
            handler.SslOptions.ClientCertificates = new X509CertificateCollection
            {
                CertificateFiles.Load(
                    certificateFile, options.Tls.UpstreamCertificateKey, options.Tls.UpstreamCertificatePassword),
            };
        }

        if (options.Tls.UpstreamTrust is { } trustFile)
        {
            var trusted = X509CertificateLoader.LoadCertificateFromFile(trustFile);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || certificate is not null && TrustedBy(new X509Certificate2(certificate), trusted);
        }

        return new Upstream(address, new HttpMessageInvoker(handler, disposeHandler: true), options.UpstreamTimeout);
    }

    public void Dispose() => Client.Dispose();

    /// <summary>True when the server certificate chains to the one certificate the user said to trust.</summary>
    private static bool TrustedBy(X509Certificate2 certificate, X509Certificate2 trusted)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
