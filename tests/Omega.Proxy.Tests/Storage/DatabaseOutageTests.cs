using System.Net.Http.Json;
using Omega.Proxy.Admin;
using Omega.Proxy.Tests.Support;
using Omega.Testing.Postgres;

namespace Omega.Proxy.Tests.Storage;

/// <summary>
/// The database stopped in the middle of a run: the proxies keep forwarding and judging, spool what
/// they cannot write, say so, and drain it all once the database is back. The test waits out a real
/// 30-second outage on a server of its own, so the rest of the suite runs beside it.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DatabaseStoppedThirtySeconds_MidRun_EveryExchangeEndsUpInTheDatabase()
    {
        await using var server = await PostgresServer.StartAsync();
        var url = await server.CreateDatabaseAsync();
        await using var cluster = await SharedStoreCluster.StartAsync(url, instances: 2,
            SimulatedOmega.WithManyPces(30));

        var before = await RunAsync(cluster, 0, 10);
        await server.StopAsync();
        var stopped = DateTime.UtcNow;
        var during = await RunAsync(cluster, 10, 10);
        var healthDuring = await Task.WhenAll(cluster.Proxies.Select(HealthAsync));
        await Task.Delay(Outage - (DateTime.UtcNow - stopped) is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        await server.StartAgainAsync();
        var after = await RunAsync(cluster, 20, 10);
        var healthAfter = await Task.WhenAll(cluster.Proxies.Select(WaitUntilDrainedAsync));

        Assert.All(healthDuring, h => Assert.Equal(("degraded", "down", "local"), (h.Status, h.Database, h.Dialogues)));
        Assert.True(healthDuring.Sum(h => h.Spooled) > 0);
        Assert.All(healthAfter, h => Assert.Equal(("up", "up", 0L, 0L), (h.Status, h.Database, h.Spooled,
            h.UnrecordedExchanges)));
        var told = before.Concat(during).Concat(after).ToList();
        Assert.All(told.SelectMany(run => run.SkipLast(1)), t => Assert.True(t.Verdict == "pass",
            $"{t.ExchangeId} [{t.Rules}]"));
        var recorded = await TwoInstancesTests.ReadAsync(url);
        Assert.Equal(told.Count, recorded.Count);
        Assert.Equal(
            told.SelectMany(run => run.Select(t => t.ExchangeId)).Order(StringComparer.Ordinal),
            recorded.SelectMany(d => d.Exchanges.Select(e => e.Manifest.ExchangeId)).Order(StringComparer.Ordinal));
        Assert.All(recorded, d => Assert.Equal(Enumerable.Range(1, d.Exchanges.Count), d.Exchanges.Select(e =>
            e.Manifest.Sequence)));
    }

    /// <summary>
    /// Dialogues from..from+count in parallel, each on one instance: while the database is down each instance judges
    /// alone.
    /// </summary>
    private static async Task<IReadOnlyList<MhsDialogueRun.Told>[]> RunAsync(SharedStoreCluster cluster, int from,
        int count) =>
        await Task.WhenAll(Enumerable.Range(from, count).Select(i =>
            MhsDialogueRun.RunAsync(_ => cluster.RoundRobin(i), SimulatedOmega.ManyPce(i))));

    internal static async Task<HealthReport> HealthAsync(RunningProxy proxy) =>
        (await proxy.Client.GetFromJsonAsync<HealthReport>("/_omega/health"))!;

    /// <summary>The drain probes once a second; give it a bounded while to empty the spool.</summary>
    private static async Task<HealthReport> WaitUntilDrainedAsync(RunningProxy proxy)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var health = await HealthAsync(proxy);
        while ((health.Spooled > 0 || health.Database != "up") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            health = await HealthAsync(proxy);
        }

        return health;
    }
}
