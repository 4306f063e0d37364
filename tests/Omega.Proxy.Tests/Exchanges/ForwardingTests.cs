using Microsoft.AspNetCore.Http;
using System.Net;
using System.Xml.Linq;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Exchanges;

public sealed class ForwardingTests : IAsyncLifetime
{
    private FakeUpstream _upstream = null!;

    public async Task InitializeAsync() => _upstream = await FakeUpstream.StartAsync();

    public async Task DisposeAsync() => await _upstream.DisposeAsync();

    [Fact]
    public async Task Post_ValidRequest_ReachesTheUpstreamAndComesBackByteIdentical()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);
        var request = RunningProxy.Example("RequeteWSCreerDemandeMHS");

        using var response = await proxy.PostAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(request, Assert.Single(_upstream.Received));
        Assert.Equal(RunningProxy.Example("ReponseWSCreerDemandeMHS"), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("pass", Header(response, VerdictHeaders.Verdict));
        Assert.Equal("0", Header(response, VerdictHeaders.ViolationCount));
        Assert.False(response.Headers.Contains(VerdictHeaders.Rules));
    }

    [Fact]
    public async Task Post_InvalidRequestInObserveMode_IsForwardedAndFlagged()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);
        var request = Edit(
            "RequeteWSCreerDemandeMHS", "<NumeroVersion>V10</NumeroVersion>", "<NumeroVersion>V11</NumeroVersion>");

        using var response = await proxy.PostAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(request, Assert.Single(_upstream.Received));
        Assert.Equal("fail", Header(response, VerdictHeaders.Verdict));
        Assert.Equal("MHS104", Header(response, VerdictHeaders.Rules));
    }

    [Fact]
    public async Task Post_InvalidRequestInEnforceMode_IsAnsweredWithAFaultListingTheViolations()
    {
        await using var proxy = await RunningProxy.StartAsync(
            _upstream.Address, o => o with { Mode = ProxyMode.Enforce });
        var request = Edit("RequeteWSVerifierRecevabiliteMHS", "        <Login>jdemo</Login>\n", string.Empty);

        using var response = await proxy.PostAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(_upstream.Received);
        var fault = await Fault(response);
        Assert.Equal("soapenv:Client", fault.Element("faultcode")!.Value);
        var violation = Assert.Single(fault.Descendants(XName.Get("violation", "urn:omega-conformance:fault")));
        Assert.Equal("MHS103", violation.Attribute("rule")!.Value);
        Assert.Equal("Le login doit être renseigné.", violation.Value);
        Assert.Equal("/RequeteWSVerifierRecevabiliteMHS/Utilisateur/Login", violation.Attribute("path")!.Value);
        Assert.Equal("fail", Header(response, VerdictHeaders.Verdict));
    }

    [Fact]
    public async Task Post_ValidRequestInEnforceMode_IsForwarded()
    {
        await using var proxy = await RunningProxy.StartAsync(
            _upstream.Address, o => o with { Mode = ProxyMode.Enforce });

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSAccepterRdv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_upstream.Received);
    }

    [Theory]
    [InlineData(ProxyMode.Observe)]
    [InlineData(ProxyMode.Enforce)]
    public async Task Post_MalformedBody_IsFaultedInEnforceAndForwardedUntouchedInObserve(ProxyMode mode)
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address, o => o with { Mode = mode });
        _upstream.Answer = (context, _) => context.Response.WriteAsync("<ok/>");
        var request =
            "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"u8.ToArray();

        using var response = await proxy.PostAsync(request);

        Assert.Equal("fail", Header(response, VerdictHeaders.Verdict));
        Assert.Contains("XML001", Header(response, VerdictHeaders.Rules), StringComparison.Ordinal);
        if (mode == ProxyMode.Enforce)
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Empty(_upstream.Received);
        }
        else
        {
            Assert.Equal(request, Assert.Single(_upstream.Received));
        }
    }

    [Fact]
    public async Task Post_InvalidResponse_IsFlaggedAndPassedOnUnaltered()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);
        var answer = Edit(
            "ReponseWSCreerDemandeMHS",
            "<TypeRetourDialogue>P</TypeRetourDialogue>",
            "<TypeRetourDialogue>X</TypeRetourDialogue>");
        _upstream.Answer = (context, _) =>
        {
            context.Response.ContentType = "text/xml; charset=utf-8";
            return context.Response.Body.WriteAsync(answer).AsTask();
        };

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSCreerDemandeMHS"));

        Assert.Equal(answer, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("fail", Header(response, VerdictHeaders.Verdict));
        Assert.StartsWith("MHS201", Header(response, VerdictHeaders.Rules), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Soap12EnvelopeUnderSoap11ContentType_IsFlagged()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);
        var request = Edit(
            "RequeteWSAbandonnerRdv",
            "http://schemas.xmlsoap.org/soap/envelope/",
            "http://www.w3.org/2003/05/soap-envelope");

        using var response = await proxy.PostAsync(request);

        Assert.Contains("SOAP005", Header(response, VerdictHeaders.Rules), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Wsdl_PassesThroughUnjudged()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);
        _upstream.Answer = (context, _) => context.Response.WriteAsync("<definitions/>");

        using var response = await proxy.Client.GetAsync("/CreerDemandeMHS?wsdl");

        Assert.Equal("<definitions/>", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains(VerdictHeaders.Verdict));
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : string.Empty;

    internal static async Task<XElement> Fault(HttpResponseMessage response)
    {
        var envelope = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return envelope.Descendants(XName.Get("Fault", "http://schemas.xmlsoap.org/soap/envelope/")).Single();
    }

    internal static byte[] Edit(string example, string oldText, string newText)
    {
        var text = System.Text.Encoding.UTF8.GetString(RunningProxy.Example(example));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(text.Replace(oldText, newText, StringComparison.Ordinal));
    }
}
