using System.Net;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Support;

namespace Omega.Hardening.Tests.Security;

/// <summary>
/// DNEntreprise against the supplier's TLS client certificate, beyond what the proxy's own TLS tests
/// pin: the same DN written another way, another supplier's DN in enforce mode, and no certificate.
/// </summary>
public sealed class TlsHardeningTests : IDisposable
{
    private const string Dn = "CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR";

    private readonly TestCertificates _certificates = TestCertificates.Create();

    public void Dispose() => _certificates.Dispose();

    [Theory]
    [InlineData("C=FR, O=Fournisseur Demo, OU=OMEGA, CN=fournisseur-demo.example")]
    [InlineData("CN=fournisseur-demo.example,OU=OMEGA,O=Fournisseur Demo,C=FR")]
    [InlineData("  cn=FOURNISSEUR-DEMO.EXAMPLE, ou=omega, o=fournisseur demo, c=fr  ")]
    public async Task Https_DnEntrepriseWrittenAnotherWay_MatchesTheCertificate(string dnEntreprise)
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await HttpsProxy.StartAsync(_certificates, upstream.Address);
        using var supplier = HttpsProxy.Supplier(_certificates, proxy.Address, _certificates.Supplier);

        using var response = await HttpsProxy.PostAsync(supplier, Verifier(dnEntreprise));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pass", Replies.Header(response, VerdictHeaders.Verdict));
    }

    [Fact]
    public async Task Https_AnotherSuppliersCertificateInEnforceMode_IsRefusedUnforwardedAndRecorded()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await HttpsProxy.StartAsync(
            _certificates, upstream.Address, o => o with { Mode = ProxyMode.Enforce });
        using var stranger = HttpsProxy.Supplier(_certificates, proxy.Address, _certificates.Stranger);

        using var response = await HttpsProxy.PostAsync(stranger, Verifier(Dn));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("TLS001", Replies.Header(response, VerdictHeaders.Rules));
        Assert.Contains("DNEntreprise", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(upstream.Received);
        var exchangeId = Replies.Header(response, VerdictHeaders.ExchangeId);
        var recorded = Recorded.Exchange(proxy.Recordings, exchangeId).Manifest;
        Assert.Equal(["TLS001"], recorded.Violations.Select(v => v.Rule));
        Assert.Equal("proxy", recorded.Response.AnsweredBy);
    }

    [Fact]
    public async Task Https_NoClientCertificateWhenRequired_LeavesNoExchangeAndTheNextSupplierGoesThrough()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        await using var proxy = await HttpsProxy.StartAsync(_certificates, upstream.Address);
        using var anonymous = HttpsProxy.Supplier(_certificates, proxy.Address, certificate: null);
        using var supplier = HttpsProxy.Supplier(_certificates, proxy.Address, _certificates.Supplier);

        await Assert.ThrowsAsync<HttpRequestException>(() => HttpsProxy.PostAsync(anonymous, Verifier(Dn)));
        var nothingRecorded = Directory.GetFiles(proxy.Recordings, "*", SearchOption.AllDirectories);
        using var next = await HttpsProxy.PostAsync(supplier, Verifier(Dn));

        Assert.Empty(nothingRecorded);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Single(upstream.Received);
    }

    private static byte[] Verifier(string dnEntreprise)
    {
        var envelope = Omega.Testing.Mhs.MhsRequests.Verifier("19112345678901");
        var escaped = System.Security.SecurityElement.Escape(dnEntreprise);
        return System.Text.Encoding.UTF8.GetBytes(envelope.Replace(Dn, escaped, StringComparison.Ordinal));
    }
}
