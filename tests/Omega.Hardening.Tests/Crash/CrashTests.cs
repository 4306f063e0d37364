using System.Collections.Concurrent;
using Omega.Conformance.Recording;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Tests.Support;
using Omega.Simulator;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.Crash;

/// <summary>
/// kill -9 of a real proxy process while fifty suppliers are in the middle of their dialogues: every
/// exchange a supplier got an answer for is in the recordings, whole, and the proxy starts again on them.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Suppliers = 50;
    private const int AnsweredBeforeTheKill = 150;

    private readonly string _recordings = Directory.CreateTempSubdirectory("omega-crash-").FullName;

    public void Dispose() => Directory.Delete(_recordings, recursive: true);

    [Fact]
    public async Task KillNine_DuringFiftyDialogues_LeavesEveryAnsweredExchangeRecordedWhole()
    {
        await using var simulator = await OmegaSimulator.StartAsync(
            new SimulatorOptions { ListenUrl = "http://127.0.0.1:0", Data = LoadData.For(Suppliers) });
        var answered = new ConcurrentQueue<SupplierExchange>();
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var date = LoadData.RequestedDate(TimeProvider.System);

        await using (var proxy = await ProxyProcess.StartAsync(simulator.Url, _recordings, "--keep-personal-data"))
        {
            using var client = new HttpClient { BaseAddress = proxy.Address };
            var suppliers = Enumerable.Range(0, Suppliers).Select(rank => Task.Run(async () =>
            {
                try
                {
                    while (!killed.Task.IsCompleted)
                    {
                        await SupplierDialogue.RunAsync(client, rank, date, answered.Enqueue, CancellationToken.None);
                    }
                }
                catch (HttpRequestException)
                {
                    // The proxy died under this supplier's request: it never got that answer.
                }
            })).ToList();
            while (answered.Count < AnsweredBeforeTheKill && !proxy.HasExited)
            {
                await Task.Delay(5);
            }

            await proxy.KillAsync();
            killed.SetResult();
            await Task.WhenAll(suppliers);
        }

        var partial = Directory.GetFiles(
            _recordings, "*" + FileRecordingStore.TemporarySuffix, SearchOption.AllDirectories);
        var recorded = Exchanges().ToDictionary(e => e.Manifest.ExchangeId);
        var unrecorded = answered.Count(a => !recorded.ContainsKey(a.ExchangeId));
        output.WriteLine($"kill -9 after {answered.Count} answered exchanges of {Suppliers} suppliers: "
            + $"{recorded.Count} recorded, {unrecorded} answered but not recorded, "
            + $"{partial.Length} temporary files left by the kill");
        Assert.All(answered, exchange =>
        {
            var found = recorded.TryGetValue(exchange.ExchangeId, out var kept);
            Assert.True(found, $"{exchange.Operation} {exchange.ExchangeId} was not recorded");
            Assert.Equal(exchange.Operation, kept!.Manifest.Operation);
            Assert.Equal(exchange.Status, kept.Manifest.Response.Status);
            Assert.Equal(exchange.Request, kept.Request.ToArray());
            Assert.Equal(exchange.Response, kept.Response.ToArray());
        });
        Assert.All(recorded.Values, exchange =>
        {
            Assert.Equal(exchange.Manifest.Request.Bytes, exchange.Request.Length);
            Assert.Equal(exchange.Manifest.Response.Bytes, exchange.Response.Length);
        });

        await using var restarted = await ProxyProcess.StartAsync(simulator.Url, _recordings, "--keep-personal-data");
        using var again = new HttpClient { BaseAddress = restarted.Address };
        var after = new List<SupplierExchange>();
        await SupplierDialogue.RunAsync(again, Suppliers, date, after.Add, CancellationToken.None);
        var reread = Exchanges().Select(e => e.Manifest.ExchangeId).ToHashSet();
        Assert.All(after, exchange => Assert.Contains(exchange.ExchangeId, reread));
        Assert.Equal(recorded.Count + after.Count, reread.Count);
    }

    private IEnumerable<RecordedExchange> Exchanges() =>
        FileRecordingReader.Read([_recordings]).SelectMany(d => d.Exchanges);
}
