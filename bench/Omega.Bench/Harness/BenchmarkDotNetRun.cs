namespace Omega.Bench.Harness;

/// <summary>
/// The BenchmarkDotNet benchmarks of the validator and the rules, short job, allocations measured,
/// pinned to the proxy core; their GitHub-flavoured tables go into the results file as written.
/// </summary>
internal static class BenchmarkDotNetRun
{
    /// <summary>
    /// The validator's, the exchanges' and the pseudonymizer's; the stores' benchmark starts a database
    /// server of its own and runs apart (README, Stores).
    /// </summary>
    public static readonly string[] Filters = ["*ValidatorBenchmarks*", "*PayloadBenchmarks*", "*RecordingBenchmarks*"];

    public static async Task<IReadOnlyList<string>> RunAsync(
        BenchSettings settings, ChildProcesses processes, CancellationToken cancel)
    {
        var artifacts = Path.Combine(settings.Work, "bdn");
        if (Directory.Exists(artifacts))
        {
            Directory.Delete(artifacts, recursive: true);
        }

        var (exit, output) = await processes.RunAsync(
            "dotnet",
            [settings.BenchDll, "bdn", "--filter", .. Filters, "--exporters", "github", "--artifacts", artifacts],
            core: null,
            cancel);
        var tables = Directory.Exists(Path.Combine(artifacts, "results"))
            ? Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-github.md")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (exit != 0 || tables.Count == 0)
        {
            var end = string.Join('\n', output.Split('\n').TakeLast(20));
            throw new BenchException($"BenchmarkDotNet failed (exit {exit}): {end}");
        }

        return [.. tables.Select(File.ReadAllText)];
    }
}
