using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

/// <summary>
/// Every benchmark runs pinned to one core with allocations measured: the figures we publish are
/// documents per second on one core and bytes allocated per document.
/// </summary>
internal static class OneCoreConfig
{
    /// <param name="shortRun">BenchmarkDotNet's short job (3 warm-ups, 3 iterations), to fit a whole bench run.</param>
    public static IConfig Create(bool shortRun) => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob((shortRun ? Job.ShortRun : Job.Default).WithAffinity(1))
        .AddDiagnoser(MemoryDiagnoser.Default);
}
