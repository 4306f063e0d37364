using System.Net;
using System.Net.Sockets;
using System.Xml.Linq;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.Upstream;

/// <summary>
/// Each way the upstream fails: the supplier gets a faithful or a clear answer, the exchange is
/// recorded with what happened, and the proxy goes on forwarding the next one.
/// </summary>
public sealed class UpstreamFaultTests(ITestOutputHelper output)
{
    private static readonly XNamespace SoapEnvelope = "http://schemas.xmlsoap.org/soap/envelope/";

    public static TheoryData<string> Faults() => new(UpstreamFault.All.Select(fault => fault.Name));

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Post_UpstreamFailing_GetsAFaithfulOrClearAnswerAndIsRecorded(string name)
    {
        var fault = UpstreamFault.Named(name);
        await using var upstream = await FakeUpstream.StartAsync();
        var failing = true;
        upstream.Answer = async (context, body) =>
        {
            if (!failing)
            {
                context.Response.ContentType = "text/xml; charset=utf-8";
                await context.Response.Body.WriteAsync(FakeUpstream.ExampleAnswerTo(body));
                return;
            }

            await fault.Answer!(context);
        };
        var target = fault.Answer is null ? new Uri($"http://127.0.0.1:{ClosedPort()}/") : upstream.Address;
        // Only the slow upstream meets a short time-out: a busy machine must not make the others look slow.
        var timeout = fault.Status == 504 ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(30);
        await using var proxy = await RunningProxy.StartAsync(target, o => o with { UpstreamTimeout = timeout });

        using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));
        var answer = await response.Content.ReadAsByteArrayAsync();
        failing = false;
        using var next = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));

        var recorded = Recorded.Exchange(proxy.Recordings, Replies.Header(response, VerdictHeaders.ExchangeId));
        var manifest = recorded.Manifest;
        output.WriteLine($"{name}: supplier got {(int)response.StatusCode}, recorded as {manifest.Response.Status} "
            + $"answered by {manifest.Response.AnsweredBy} ({manifest.UpstreamError ?? "no upstream error"}), "
            + $"rules [{Replies.Header(response, VerdictHeaders.Rules)}]; next exchange {(int)next.StatusCode}");
        Assert.Equal(fault.Status, (int)response.StatusCode);
        Assert.Equal(fault.Status, manifest.Response.Status);
        if (fault.Faithful)
        {
            Assert.Equal(fault.Body, answer);
            Assert.Equal("upstream", manifest.Response.AnsweredBy);
            Assert.Equal(fault.Body, recorded.Response.ToArray());
        }
        else
        {
            var envelope = XDocument.Parse(System.Text.Encoding.UTF8.GetString(answer));
            var faultElement = envelope.Descendants(SoapEnvelope + "Fault").Single();
            Assert.Equal("soapenv:Server", faultElement.Element("faultcode")!.Value);
            Assert.Contains("OMEGA", faultElement.Element("faultstring")!.Value, StringComparison.Ordinal);
            Assert.Equal("proxy", manifest.Response.AnsweredBy);
            Assert.NotNull(manifest.UpstreamError);
        }

        Assert.Equal(fault.Answer is null ? HttpStatusCode.BadGateway : HttpStatusCode.OK, next.StatusCode);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
