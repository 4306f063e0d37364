using System.Net;
using System.Net.Sockets;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Exchanges;

public sealed class UpstreamFaultTests
{
    [Fact]
    public async Task Post_UpstreamDown_Answers502WithAServerFault()
    {
        var closedPort = FreePort();
        await using var proxy = await RunningProxy.StartAsync(new Uri($"http://127.0.0.1:{closedPort}/"));

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var fault = await ForwardingTests.Fault(response);
        Assert.Equal("soapenv:Server", fault.Element("faultcode")!.Value);
        Assert.Contains($"127.0.0.1:{closedPort}", fault.Element("faultstring")!.Value, StringComparison.Ordinal);
        Assert.Equal("pass", ForwardingTests.Header(response, VerdictHeaders.Verdict));
    }

    [Fact]
    public async Task Post_UpstreamSlowerThanTheTimeout_Answers504WithAFault()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        upstream.Answer = async (context, _) => await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
        await using var proxy = await RunningProxy.StartAsync(
            upstream.Address, o => o with { UpstreamTimeout = TimeSpan.FromMilliseconds(300) });

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSAbandonnerRdv"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var fault = await ForwardingTests.Fault(response);
        Assert.Contains("did not answer within 0.3 s", fault.Element("faultstring")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UpstreamFault500_IsPassedOnFaithfully()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var fault = Omega.Conformance.Soap.SoapFault.Create(clientFault: false, "Service indisponible");
        upstream.Answer = async (context, _) =>
        {
            context.Response.StatusCode = 500;
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.Body.WriteAsync(fault);
        };
        await using var proxy = await RunningProxy.StartAsync(upstream.Address);

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSAbandonnerRdv"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(fault, await response.Content.ReadAsByteArrayAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
