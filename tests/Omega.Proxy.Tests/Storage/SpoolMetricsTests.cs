using Omega.Proxy.Tests.Support;
using Omega.Testing.Postgres;

namespace Omega.Proxy.Tests.Storage;

/// <summary>
/// The spool's size in the metrics while the database is out of reach. Every proxy of the process feeds
/// every exporter of the meter's name, so this runs with no other proxy alive.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class SpoolMetricsTests
{
    [Fact]
    public async Task Metrics_DatabaseDown_CountTheEntriesWaitingInTheSpool()
    {
        await using var server = await PostgresServer.StartAsync();
        var url = await server.CreateDatabaseAsync();
        await using var cluster = await SharedStoreCluster.StartAsync(url, instances: 1);
        var proxy = cluster.Proxies[0];
        await server.StopAsync();

        var told = await MhsDialogueRun.RunAsync(_ => proxy);
        var health = await DatabaseOutageTests.HealthAsync(proxy);
        var metrics = await proxy.Client.GetStringAsync("/_omega/metrics");

        Assert.NotEmpty(told);
        Assert.Equal(told.Count, health.Spooled);
        Assert.Matches($"omega_spool_entries(\\{{[^}}]*\\}})? {told.Count}\\b", metrics);
    }
}
