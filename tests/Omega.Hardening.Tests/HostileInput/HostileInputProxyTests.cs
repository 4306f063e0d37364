using System.Net;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Tests.Support;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Hosting;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>Each hostile envelope through the proxy, over HTTP on the loopback, in both modes.</summary>
[Collection(RunsAlone.Name)]
public sealed class HostileInputProxyTests(HostileProxies proxies, ITestOutputHelper output)
    : IClassFixture<HostileProxies>
{
    /// <summary>
    /// What one exchange may allocate: the request read, judged, recorded, the fake upstream's copies;
    /// the largest, a 900 KB field, takes under 30 MB.
    /// </summary>
    private const long AllocationBound = 48L * 1024 * 1024;

    public static TheoryData<string, ProxyMode> Cases()
    {
        var cases = new TheoryData<string, ProxyMode>();
        foreach (var hostile in HostileCases.All)
        {
            cases.Add(hostile.Name, ProxyMode.Observe);
            cases.Add(hostile.Name, ProxyMode.Enforce);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Proxy_HostileEnvelope_GetsItsVerdictIsRecordedAndReachesNothingOutside(
        string name, ProxyMode mode)
    {
        var hostile = HostileCases.Named(name);
        var proxy = proxies.In(mode);
        var body = hostile.Build(proxies.World);
        var forwardedBefore = proxies.Upstream.Received.Count;

        var (response, allocated) = await Allocations.MeasureAsync(() => proxy.PostAsync(body, hostile.ContentType));
        using var _ = response;
        var answer = await response.Content.ReadAsStringAsync();

        var rules = Replies.Header(response, VerdictHeaders.Rules);
        output.WriteLine($"{name} ({mode}): {(int)response.StatusCode}, rules [{rules}], "
            + $"allocated {Allocations.Megabytes(allocated)}");
        var refused = mode == ProxyMode.Enforce && hostile.RuleThroughTheProxy is not null;
        Assert.Equal(refused ? HttpStatusCode.InternalServerError : HttpStatusCode.OK, response.StatusCode);
        var verdict = Replies.Header(response, VerdictHeaders.Verdict);
        Assert.Equal(hostile.RuleThroughTheProxy is null ? "pass" : "fail", verdict);
        if (hostile.RuleThroughTheProxy is { } rule)
        {
            Assert.Contains(rule, rules.Split(','));
        }

        var forwarded = proxies.Upstream.Received.Skip(forwardedBefore).ToList();
        Assert.Equal(refused ? [] : [body], forwarded);
        var exchangeId = Replies.Header(response, VerdictHeaders.ExchangeId);
        var manifest = Recorded.Exchange(proxy.Recordings, exchangeId).Manifest;
        var recordedRule = manifest.Violations.FirstOrDefault(v => v.Rule == hostile.RuleThroughTheProxy)?.Rule;
        Assert.Equal(hostile.RuleThroughTheProxy, recordedRule);
        Assert.DoesNotContain(OutsideWorld.Marker, answer + response.Headers, StringComparison.Ordinal);
        Assert.DoesNotContain(OutsideWorld.Marker, string.Join('\n', proxies.Logs.Lines), StringComparison.Ordinal);
        Assert.DoesNotContain(OutsideWorld.Marker, Recorded.AllText(proxy.Recordings), StringComparison.Ordinal);
        Assert.False(proxies.World.WasContacted, "the proxy opened a connection to an address the envelope named");
        Assert.InRange(allocated, 0, AllocationBound);
    }
}
