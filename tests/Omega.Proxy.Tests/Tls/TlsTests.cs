using System.Net;
using System.Security.Cryptography.X509Certificates;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Exchanges;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Tls;

public sealed class TlsTests : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    public void Dispose() => _certificates.Dispose();

    [Fact]
    public async Task Https_SupplierCertificateMatchingDnEntreprise_Passes()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await StartHttpsProxyAsync(upstream.Address);
        using var client = Supplier(proxy.Address, _certificates.Supplier);

        using var response = await PostAsync(client, "RequeteWSVerifierRecevabiliteMHS");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pass", ForwardingTests.Header(response, VerdictHeaders.Verdict));
    }

    [Fact]
    public async Task Https_SupplierCertificateOfAnotherDn_IsFlaggedTls001()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await StartHttpsProxyAsync(upstream.Address);
        using var client = Supplier(proxy.Address, _certificates.Stranger);

        using var response = await PostAsync(client, "RequeteWSVerifierRecevabiliteMHS");

        Assert.Equal("fail", ForwardingTests.Header(response, VerdictHeaders.Verdict));
        Assert.Equal("TLS001", ForwardingTests.Header(response, VerdictHeaders.Rules));
    }

    [Fact]
    public async Task Https_NoClientCertificateWhenRequired_IsRefusedAtTheHandshake()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await StartHttpsProxyAsync(upstream.Address);
        using var client = Supplier(proxy.Address, certificate: null);

        await Assert.ThrowsAsync<HttpRequestException>(() => PostAsync(client, "RequeteWSVerifierRecevabiliteMHS"));
        Assert.Empty(upstream.Received);
    }

    [Fact]
    public async Task Upstream_OverHttps_GetsTheConfiguredClientCertificate()
    {
        await using var upstream = await FakeUpstream.StartAsync(_certificates.Server);
        await using var proxy = await RunningProxy.StartAsync(upstream.Address, o => o with
        {
            Tls = o.Tls with
            {
                UpstreamCertificate = _certificates.SupplierPfx,
                UpstreamTrust = _certificates.ServerCer,
            },
        });

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Omega.Conformance.Validation.DistinguishedNames.Same(
            TestCertificates.SupplierDn, Assert.Single(upstream.ClientCertificates)));
    }

    [Fact]
    public async Task Upstream_WithAnUntrustedCertificate_Answers502()
    {
        await using var upstream = await FakeUpstream.StartAsync(_certificates.Server);
        await using var proxy = await RunningProxy.StartAsync(upstream.Address);

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Empty(upstream.Received);
    }

    private Task<RunningProxy> StartHttpsProxyAsync(Uri upstream) => HttpsProxy.StartAsync(_certificates, upstream);

    private HttpClient Supplier(Uri proxy, X509Certificate2? certificate) =>
        HttpsProxy.Supplier(_certificates, proxy, certificate);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string example) =>
        HttpsProxy.PostAsync(client, RunningProxy.Example(example));
}
