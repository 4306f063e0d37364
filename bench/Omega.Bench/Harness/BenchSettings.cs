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

    public required string ResultsFile { get; init; }

    public string Work => Path.Combine(Repo, "bench", ".work");

    /// <summary>Where this run's arms write (recordings, flows), one folder per arm and size.</summary>
    public string RunFolder => Path.Combine(Work, "arms", RunId);

    public string RunId { get; init; } = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture);

    public string Omega => Path.Combine(Repo, "src", "Omega.Proxy", "bin", "Release", "net10.0", "omega");

    public string BareYarp =>
        Path.Combine(Repo, "bench", "Omega.Bench.BareYarp", "bin", "Release", "net10.0", "Omega.Bench.BareYarp");

    public string BenchDll => Path.Combine(AppContext.BaseDirectory, "Omega.Bench.dll");

    public string Mountebank => Path.Combine(Repo, "bench", "node_modules", "mountebank", "bin", "mb");

    public string WrkScript => Path.Combine(Repo, "bench", "wrk", "post.lua");

    public PayloadSet Payloads => new(Path.Combine(Work, "payloads"));

    public int Connections { get; init; } = 16;

    public int ProxyCore { get; init; }

    public int LoadCore { get; init; } = 1;

    /// <summary>The sizes whose throughput and latency are measured; a quick run only checks the others answer.</summary>
    public IReadOnlyList<PayloadSize> MeasuredSizes => Quick ? [PayloadSize.Medium] : PayloadSize.All;

    public TimeSpan Warmup => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);

    public TimeSpan Throughput => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(8);

    public TimeSpan Paced => Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(8);

    /// <summary>A quick run paces at this rate rather than half of bare YARP's, so that every arm keeps up.</summary>
    public double QuickRate => 200;

    public int BatchSize => Quick ? 300 : 10_000;

    public int ValidateRuns => Quick ? 1 : 3;

    public bool RunBenchmarkDotNet => !Quick;

    public static BenchSettings For(string repo, bool quick, string? output)
    {
        var root = Path.GetFullPath(repo);
        var date = DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new BenchSettings
        {
            Repo = root,
            Quick = quick,
            ResultsFile = output is not null
                ? Path.GetFullPath(output)
                : Path.Combine(root, "bench", "results", quick ? $"{date}-quick.md" : $"{date}.md"),
        };
    }
}
