using Omega.Conformance.Recording;
using Omega.Conformance.Replay;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Tests.Support;
using Omega.Simulator;
using Omega.Testing;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.Load;

/// <summary>
/// Two hundred suppliers running whole dialogues through a proxy process to the simulator for a
/// bounded time (a few seconds here; bench/soak runs it for minutes, see LoadRun's settings): no
/// exchange is lost or put in another dialogue, recorded dialogues replay without a diff, memory is stable.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class LoadTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _recordings = Directory.CreateTempSubdirectory("omega-load-").FullName;

    public void Dispose() => Directory.Delete(_recordings, recursive: true);

    [Fact]
    public async Task TwoHundredSuppliers_ForABoundedTime_LoseNoExchangeMixNoDialogueAndKeepMemoryStable()
    {
        LoadRun run;
        await using (var simulator = await StartSimulatorAsync())
        {
            run = await LoadRun.RunAsync(simulator, _recordings, LoadRun.Suppliers, LoadRun.Duration);
        }

        var folders = Directory.GetDirectories(_recordings).Order(StringComparer.Ordinal).ToList();
        var (recorded, misplaced) = Misplaced(run, folders);
        var every = Math.Max(1, (int)Math.Ceiling(folders.Count / (double)LoadRun.Replayed));
        var replayed = folders.Where((_, i) => i % every == 0).ToList();
        var differing = await ReplayAsync(replayed);
        output.WriteLine($"{LoadRun.Suppliers} suppliers for {LoadRun.Duration.TotalSeconds:0} s: "
            + $"{run.Dialogues.Count} dialogues, "
            + $"{run.Exchanges} exchanges answered, {recorded} recorded in {folders.Count} dialogues; "
            + $"{misplaced.Count} lost or misplaced; {replayed.Count} dialogues replayed, {differing.Count} differ; "
            + $"{run.FailedDialogues} failed");
        foreach (var sample in run.Samples)
        {
            output.WriteLine(sample.ToString());
        }

        Assert.Equal(0, run.FailedDialogues);
        Assert.True(misplaced.Count == 0, string.Join('\n', misplaced.Take(10)));
        Assert.Equal(run.Exchanges, recorded);
        Assert.True(differing.Count == 0, string.Join('\n', differing.Take(10)));
        AssertMemoryStable(run.Samples);
    }

    /// <summary>
    /// After the first quarter (start-up, JIT, pools filling), the heap's high-water mark of the last
    /// quarter stays within twice that of the second, plus 64 MB: a leak per exchange would pass it.
    /// A busy machine answers the samples slowly: four are enough for a run of seconds.
    /// </summary>
    private static void AssertMemoryStable(IReadOnlyList<MemorySample> samples)
    {
        Assert.True(samples.Count >= 4, $"only {samples.Count} memory samples");
        var quarter = samples.Count / 4;
        var warm = samples.Skip(quarter).Take(quarter).Max(s => s.HeapBytes);
        var last = samples.Skip(samples.Count - quarter).Max(s => s.HeapBytes);
        Assert.InRange(last, 0, (2 * warm) + (64L * 1024 * 1024));
    }

    /// <summary>
    /// Each supplier's dialogue must be one recorded dialogue, holding its exchanges, in its order, and
    /// no other. The folders are read one at a time: a long run records more than memory should hold.
    /// </summary>
    private static (int Recorded, List<string> Misplaced) Misplaced(LoadRun run, IReadOnlyList<string> folders)
    {
        var byFirstExchange = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var recorded = 0;
        foreach (var folder in folders)
        {
            var ids = FileRecordingReader.ReadDialogue(folder).Exchanges.Select(e => e.Manifest.ExchangeId).ToArray();
            recorded += ids.Length;
            byFirstExchange[ids[0]] = ids;
        }

        var misplaced = new List<string>();
        foreach (var dialogue in run.Dialogues.Where(d => d.Count > 0))
        {
            if (!byFirstExchange.TryGetValue(dialogue[0], out var ids) || !ids.SequenceEqual(dialogue))
            {
                misplaced.Add(
                    $"the supplier sent [{string.Join(',', dialogue)}], recorded as [{string.Join(',', ids ?? [])}]");
            }
        }

        return (recorded, misplaced);
    }

    /// <summary>Replays the dialogues against a fresh simulator, a few at a time; those that differ, and how.</summary>
    private static async Task<List<string>> ReplayAsync(IReadOnlyList<string> folders)
    {
        await using var fresh = await StartSimulatorAsync();
        using var http = new HttpClient();
        var replayer = new Replayer(http, VolatileFields.Default, Contracts.Validator());
        var differing = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        await Parallel.ForEachAsync(folders, parallel, async (folder, cancel) =>
        {
            var dialogue = FileRecordingReader.ReadDialogue(folder);
            var replay = await replayer.ReplayAsync(dialogue, fresh.Url, cancel);
            if (!replay.Equivalent)
            {
                differing.Enqueue($"{dialogue.Name}: {string.Join("; ", replay.Exchanges.Where(e => !e.Equivalent)
                    .Select(e => $"{e.Sequence} {e.Error} {string.Join(", ", e.Differences)}"))}");
            }
        });
        return [.. differing];
    }

    private static Task<SimulatorHost> StartSimulatorAsync() => OmegaSimulator.StartAsync(
        new SimulatorOptions { ListenUrl = "http://127.0.0.1:0", Data = LoadData.For(LoadRun.Suppliers) });
}
