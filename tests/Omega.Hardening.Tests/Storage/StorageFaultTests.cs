using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Omega.Conformance.Recording;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Admin;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.Storage;

/// <summary>
/// The recordings folder fails under a running proxy: it goes on forwarding, logs and counts each
/// exchange it could not record, says so on /_omega/health and in the metrics, and recovers.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class StorageFaultTests(ITestOutputHelper output)
{
    private static readonly string[] Dialogue =
    [
        "RequeteWSVerifierRecevabiliteMHS", "RequeteWSCreerDemandeMHS",
        "RequeteWSProposerDatePlage", "RequeteWSAccepterRdv",
    ];

    [Theory]
    [InlineData(StorageFault.ReadOnly)]
    [InlineData(StorageFault.Full)]
    public async Task Recording_FolderReadOnlyOrFull_KeepsForwardingCountsEachUnrecordedExchangeAndRecovers(string kind)
    {
        await using var fault = await StorageFault.CreateAsync(kind);
        await using var upstream = await FakeUpstream.StartAsync();
        using var logs = new InMemoryLogs();
        await using var proxy = await RunningProxy.StartAsync(
            upstream.Address, o => o with { Record = fault.Folder }, logs: logs);

        var before = await ExchangeAsync(proxy, Dialogue[0]);
        await fault.BreakAsync();
        var during = new List<string>();
        foreach (var example in Dialogue)
        {
            during.Add(await ExchangeAsync(proxy, example));
        }

        var degraded = await HealthAsync(proxy);
        var metrics = await proxy.Client.GetStringAsync("/_omega/metrics");
        await fault.RepairAsync();
        var after = await ExchangeAsync(proxy, Dialogue[0]);
        var recovered = await HealthAsync(proxy);

        var recorded = RecordedIds(fault.Folder);
        output.WriteLine($"{fault.Method}: {during.Count} exchanges forwarded during the fault, "
            + $"health {degraded.Status} with {degraded.UnrecordedExchanges} unrecorded, then {recovered.Status}; "
            + $"{recorded.Count} recorded");
        Assert.Equal("degraded", degraded.Status);
        Assert.Equal(during.Count, degraded.UnrecordedExchanges);
        Assert.Matches($"omega_recording_failures_total\\{{[^}}]*\\}} {during.Count}\\b", metrics);
        var warnings = logs.Lines.Where(line => line.Contains("] Warning:", StringComparison.Ordinal));
        Assert.Equal(during.Count, warnings.Count(line => line.Contains("[1300]", StringComparison.Ordinal)));
        Assert.Equal("up", recovered.Status);
        Assert.Equal(during.Count, recovered.UnrecordedExchanges);
        Assert.Equal([before, after], recorded.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Recording_FolderDeletedDuringParallelDialogues_IsMadeAgainAndEveryLaterExchangeRecordedOrCounted()
    {
        const int Suppliers = 40;
        await using var omega = await SimulatedOmega.StartAsync(data: LoadData.For(Suppliers));
        var date = LoadData.RequestedDate(omega.Clock);
        var client = omega.Proxy.Client;
        var later = new ConcurrentQueue<string>();

        var before = Enumerable.Range(0, Suppliers).Select(rank => Task.Run(() =>
            SupplierDialogue.RunAsync(client, rank, date, _ => { }, CancellationToken.None))).ToList();
        await Task.Delay(50);
        await DeleteAsync(omega.Proxy.Recordings);
        var after = Enumerable.Range(0, Suppliers).Select(rank => Task.Run(() =>
            SupplierDialogue.RunAsync(client, rank, date, e => later.Enqueue(e.ExchangeId), CancellationToken.None)));
        await Task.WhenAll([.. before, .. after]);
        await ExchangeAsync(omega.Proxy, Dialogue[0], fakeUpstreamAnswer: false);

        var health = await HealthAsync(omega.Proxy);
        var recorded = RecordedIds(omega.Proxy.Recordings);
        var unrecorded = later.Count(id => !recorded.Contains(id));
        output.WriteLine($"deleted while running: {later.Count} exchanges of dialogues begun after the deletion, "
            + $"{later.Count - unrecorded} recorded, {unrecorded} unrecorded and counted "
            + $"({health.UnrecordedExchanges} in all)");
        Assert.True(Directory.Exists(omega.Proxy.Recordings));
        Assert.NotEmpty(later);
        Assert.InRange(unrecorded, 0, health.UnrecordedExchanges);
        Assert.Equal("up", health.Status);
    }

    /// <summary>Sends an example; from a fake upstream, its example answer must come back as it was sent.</summary>
    private static async Task<string> ExchangeAsync(RunningProxy proxy, string example, bool fakeUpstreamAnswer = true)
    {
        var request = RunningProxy.Example(example);
        using var response = await proxy.PostAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (fakeUpstreamAnswer)
        {
            Assert.Equal(FakeUpstream.ExampleAnswerTo(request), await response.Content.ReadAsByteArrayAsync());
        }

        return Replies.Header(response, VerdictHeaders.ExchangeId);
    }

    /// <summary>Deletes the folder under the proxy's feet, again while the proxy writes a file into it.</summary>
    private static async Task DeleteAsync(string folder)
    {
        for (var attempt = 0; Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(10);
            }
        }
    }

    private static async Task<HealthReport> HealthAsync(RunningProxy proxy) =>
        (await proxy.Client.GetFromJsonAsync<HealthReport>("/_omega/health"))!;

    private static HashSet<string> RecordedIds(string folder) =>
        [.. FileRecordingReader.Read([folder]).SelectMany(d => d.Exchanges).Select(e => e.Manifest.ExchangeId)];
}
