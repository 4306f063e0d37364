using System.Security.Cryptography.X509Certificates;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Tests.Support;

/// <summary>A proxy on an https:// loopback listener requiring client certificates, and its suppliers.</summary>
internal static class HttpsProxy
{
    public static Task<RunningProxy> StartAsync(
        TestCertificates certificates, Uri upstream, Func<ProxyOptions, ProxyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return RunningProxy.StartAsync(upstream, o =>
        {
            var https = o with
            {
                Listen = "https://127.0.0.1:0",
                Tls = o.Tls with { Certificate = certificates.ServerPfx, RequireClientCertificate = true },
            };
            return configure?.Invoke(https) ?? https;
        });
    }

    /// <summary>A supplier trusting the test server, presenting <paramref name="certificate"/> if any.</summary>
    public static HttpClient Supplier(TestCertificates certificates, Uri proxy, X509Certificate2? certificate)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) =>
                presented?.Thumbprint == certificates.Server.Thumbprint,
        };
        if (certificate is not null)
        {
            handler.ClientCertificates.Add(certificate);
        }

        return new HttpClient(handler) { BaseAddress = proxy };
    }

    /// <summary>Posts an example envelope as a supplier does.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] envelope)
    {
        ArgumentNullException.ThrowIfNull(client);
        var content = new ByteArrayContent(envelope);
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        return client.PostAsync("/CreerDemandeMHS", content);
    }
}
