using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Omega.Proxy.Admin;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Admin;

[Collection(RunsAlone.Name)]
public sealed class AdminEndpointTests : IAsyncLifetime
{
    private FakeUpstream _upstream = null!;

    public async Task InitializeAsync() => _upstream = await FakeUpstream.StartAsync();

    public async Task DisposeAsync() => await _upstream.DisposeAsync();

    [Fact]
    public async Task Health_OnAFreshProxy_IsUpAndSaysWhatItDoes()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);

        var health = await proxy.Client.GetFromJsonAsync<HealthReport>("/_omega/health");

        Assert.NotNull(health);
        Assert.Equal("up", health.Status);
        Assert.Equal("observe", health.Mode);
        Assert.Equal(_upstream.Address.AbsoluteUri.TrimEnd('/'), health.Upstream);
        Assert.Equal(0, health.UnrecordedExchanges);
        Assert.Empty(_upstream.Received);
    }

    [Fact]
    public async Task Metrics_AfterExchanges_CountVerdictsAndViolationsInPrometheusText()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);
        (await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"))).Dispose();
        (await proxy.PostAsync(Exchanges.ForwardingTests.Edit(
            "RequeteWSVerifierRecevabiliteMHS",
            "<NumeroVersion>V10</NumeroVersion>",
            "<NumeroVersion>V2</NumeroVersion>"))).Dispose();

        var text = await MetricsOnceCountedAsync(proxy, "verdict=\"fail\"");

        Assert.Contains("omega_exchanges_total{", text, StringComparison.Ordinal);
        Assert.Matches(
            "omega_exchanges_total\\{[^}]*operation=\"VerifierRecevabiliteMHS\"[^}]*verdict=\"pass\"[^}]*\\} 1", text);
        Assert.Matches(
            "omega_exchanges_total\\{[^}]*operation=\"VerifierRecevabiliteMHS\"[^}]*verdict=\"fail\"[^}]*\\} 1", text);
        Assert.Matches("omega_violations_total\\{[^}]*rule=\"MHS104\"[^}]*\\} 1", text);
        Assert.Matches("omega_exchange_duration_seconds_bucket\\{[^}]*le=\"0.005\"[^}]*\\} ", text);
        Assert.DoesNotMatch("omega_exchange_duration_seconds_bucket\\{[^}]*le=\"10000\"", text);
    }

    [Fact]
    public async Task Metrics_OnAnyProxy_IncludeTheRuntimesBytesAllocatedAndCpuTime()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);

        var text = await proxy.Client.GetStringAsync("/_omega/metrics");

        Assert.Matches("dotnet_gc_heap_total_allocated_bytes_total\\{[^}]*\\} [0-9]", text);
        Assert.Contains("dotnet_process_cpu_time_seconds_total{", text, StringComparison.Ordinal);
    }

    /// <summary>Metrics are counted once the answer is sent: scrape until the last exchange shows.</summary>
    internal static async Task<string> MetricsOnceCountedAsync(RunningProxy proxy, string fragment)
    {
        var text = string.Empty;
        for (var attempt = 0; attempt < 40 && !text.Contains(fragment, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 50);
            text = await proxy.Client.GetStringAsync("/_omega/metrics");
        }

        return text;
    }

    [Theory]
    [InlineData("10.1.2.3", false, HttpStatusCode.Forbidden)]
    [InlineData("10.1.2.3", true, HttpStatusCode.OK)]
    [InlineData("127.0.0.1", false, HttpStatusCode.OK)]
    [InlineData("::1", false, HttpStatusCode.OK)]
    public async Task AdminGuard_RemoteAddress_IsRefusedUnlessAllowed(
        string remote, bool allowRemote, HttpStatusCode expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/_omega/health";
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        var reached = false;

        await AdminGuard.InvokeAsync(context, allowRemote, NullLogger.Instance, _ =>
        {
            reached = true;
            return Task.CompletedTask;
        });

        Assert.Equal(expected == HttpStatusCode.OK, reached);
        Assert.Equal(reached ? 200 : 403, context.Response.StatusCode);
    }
}
