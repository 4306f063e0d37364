using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Omega.Hardening.Tests.Support;
using Omega.Simulator;

namespace Omega.Hardening.Tests.Load;

/// <summary>
/// Simulated suppliers running whole dialogues through a real proxy process to the simulator, for
/// a bounded time, while the proxy's memory is sampled. Each dialogue is kept as the ids the proxy
/// gave its exchanges, in the order the supplier sent them.
/// </summary>
internal sealed partial class LoadRun
{
    private LoadRun(IReadOnlyList<IReadOnlyList<string>> dialogues, IReadOnlyList<MemorySample> samples, int failed)
    {
        Dialogues = dialogues;
        Samples = samples;
        FailedDialogues = failed;
    }

    /// <summary>How long the run lasts: a few seconds in <c>dotnet test</c>, minutes in bench/soak.</summary>
    public static TimeSpan Duration => TimeSpan.FromSeconds(Setting("OMEGA_LOAD_SECONDS", 4));

    /// <summary>How many suppliers run at once.</summary>
    public static int Suppliers => (int)Setting("OMEGA_LOAD_SUPPLIERS", 200);

    /// <summary>How many recorded dialogues are replayed, spread over the run: all of them unless told.</summary>
    public static int Replayed => (int)Setting("OMEGA_LOAD_REPLAY", int.MaxValue);

    public IReadOnlyList<IReadOnlyList<string>> Dialogues { get; }

    public IReadOnlyList<MemorySample> Samples { get; }

    /// <summary>Dialogues a supplier could not finish: the proxy failed it somewhere.</summary>
    public int FailedDialogues { get; }

    public int Exchanges => Dialogues.Sum(d => d.Count);

    public static async Task<LoadRun> RunAsync(
        SimulatorHost simulator, string recordings, int suppliers, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        await using var proxy = await ProxyProcess.StartAsync(simulator.Url, recordings);
        using var client = new HttpClient { BaseAddress = proxy.Address };
        var date = LoadData.RequestedDate(TimeProvider.System);
        var dialogues = new ConcurrentQueue<IReadOnlyList<string>>();
        var failed = 0;
        long exchanges = 0;

        // One dialogue of each kind first, before the clock starts: the run loads a proxy past its start-up.
        for (var rank = 0; rank < SupplierDialogue.Kinds; rank++)
        {
            var warming = new List<string>();
            await SupplierDialogue.RunAsync(
                client, rank, date, exchange => warming.Add(exchange.ExchangeId), CancellationToken.None);
            dialogues.Enqueue(warming);
        }

        var clock = Stopwatch.StartNew();

        var running = Enumerable.Range(0, suppliers).Select(rank => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var dialogue = new List<string>();
                try
                {
                    await SupplierDialogue.RunAsync(client, rank, date, exchange =>
                    {
                        dialogue.Add(exchange.ExchangeId);
                        Interlocked.Increment(ref exchanges);
                    }, CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }

                dialogues.Enqueue(dialogue);
            }
        })).ToList();

        var samples = new List<MemorySample>();
        var everyone = Task.WhenAll(running);
        var interval = TimeSpan.FromMilliseconds(Math.Clamp(duration.TotalMilliseconds / 20, 200, 5000));
        while (!everyone.IsCompleted)
        {
            var heap = await HeapAsync(client);
            samples.Add(new MemorySample(clock.Elapsed, Interlocked.Read(ref exchanges), heap, proxy.ResidentBytes()));
            await Task.WhenAny(everyone, Task.Delay(interval));
        }

        await everyone;
        return new LoadRun([.. dialogues], samples, failed);
    }

    private static double Setting(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;

    /// <summary>The managed heap at the proxy's last collection, all generations, as its metrics tell it.</summary>
    private static async Task<long> HeapAsync(HttpClient proxy)
    {
        var metrics = await proxy.GetStringAsync(new Uri("/_omega/metrics", UriKind.Relative));
        return HeapSize().Matches(metrics).Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^dotnet_gc_last_collection_heap_size_bytes\{[^}]*\} (\d+)", RegexOptions.Multiline)]
    private static partial Regex HeapSize();
}
