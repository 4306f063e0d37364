using System.Globalization;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>
/// Where everything is and how long each measure lasts. Ports are fixed, on the loopback, above the
/// tool's own defaults (5080 and 5090); the proxies get core 0, the load generators and nginx core 1.
/// </summary>
internal sealed record BenchSettings
{
    public const int PortBase = 5180;

    public required string Repo { get; init; }

    public required bool Quick { get; init; }

    /// <summary>The results file asked for; by default bench/results/DATE.md, -quick.md or -partial.md.</summary>
    public string? Output { get; init; }

    public string ResultsFile => Output ?? Path.Combine(
        Repo,
        "bench",
        "results",
        DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            + (Quick ? "-quick" : Partial ? "-partial" : string.Empty) + ".md");

    public string Work => Path.Combine(Repo, "bench", ".work");

    /// <summary>Where the arms of every run write; their file system is part of what recording costs.</summary>
    public string? ArmsFolder { get; init; }

    /// <summary>Where this run's arms write (recordings, flows), one folder per arm and size.</summary>
    public string RunFolder => Path.Combine(ArmsFolder ?? Path.Combine(Work, "arms"), RunId);

    public string RunId { get; init; } = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    public string Omega => Path.Combine(Repo, "src", "Omega.Proxy", "bin", "Release", "net10.0", "omega");

    public string BareYarp =>
        Path.Combine(Repo, "bench", "Omega.Bench.BareYarp", "bin", "Release", "net10.0", "Omega.Bench.BareYarp");

    public string BenchDll => Path.Combine(AppContext.BaseDirectory, "Omega.Bench.dll");

    public string Mountebank => Path.Combine(Repo, "bench", "node_modules", "mountebank", "bin", "mb");

    public string WrkScript => Path.Combine(Repo, "bench", "wrk", "post.lua");

    public PayloadSet Payloads => new(Path.Combine(Work, "payloads"), BatchSize);

    public int Connections { get; init; } = 16;

    public int ProxyCore { get; init; }

    public int LoadCore { get; init; } = 1;

    /// <summary>The sizes measured; every session still checks that all sizes are answered.</summary>
    public IReadOnlyList<PayloadSize> MeasuredSizes =>
        OnlySizes.Count > 0 ? OnlySizes : Quick ? [PayloadSize.Medium] : PayloadSize.All;

    /// <summary>The arms asked for by name; empty for all of them.</summary>
    public IReadOnlyList<string> OnlyArms { get; init; } = [];

    public IReadOnlyList<PayloadSize> OnlySizes { get; init; } = [];

    /// <summary>A run of some arms or sizes only: its results file says so, and judges no target it lacks.</summary>
    public bool Partial => OnlyArms.Count > 0 || OnlySizes.Count > 0;

    public TimeSpan Warmup => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);

    public TimeSpan Throughput => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(8);

    public TimeSpan Paced => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(8);

    /// <summary>A quick run paces at this rate rather than half of bare YARP's, so that every arm keeps up.</summary>
    public double QuickRate => 200;

    public int BatchSize => Quick ? 300 : 10_000;

    public int ValidateRuns => Quick ? 1 : 3;

    public bool RunBenchmarkDotNet => !Quick;

    public static BenchSettings For(string repo, bool quick, string? output) => new()
    {
        Repo = Path.GetFullPath(repo),
        Quick = quick,
        Output = output is null ? null : Path.GetFullPath(output),
    };
}
