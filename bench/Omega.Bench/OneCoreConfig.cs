using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

/// <summary>
/// Every benchmark runs pinned to one core with allocations measured: the figures we publish are
/// documents per second on one core and bytes allocated per document.
/// </summary>
internal static class OneCoreConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default.WithAffinity(1))
        .AddDiagnoser(MemoryDiagnoser.Default);
}
