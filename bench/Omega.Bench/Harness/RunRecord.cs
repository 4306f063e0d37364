using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>Everything one run measured, and on what, for the results file.</summary>
internal sealed class RunRecord(BenchSettings settings, Machine machine, DateTimeOffset started, string loadBefore)
{
    public BenchSettings Settings { get; } = settings;

    public Machine Machine { get; } = machine;

    public DateTimeOffset Started { get; } = started;

    public string LoadBefore { get; } = loadBefore;

    public string Command { get; } =
        Environment.GetEnvironmentVariable("OMEGA_BENCH_COMMAND") ?? string.Join(' ', Environment.GetCommandLineArgs());

    public Provenance? Provenance { get; set; }

    public string LoadAfter { get; set; } = string.Empty;

    public double LoadHighest { get; set; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyDictionary<PayloadSize, (long Request, long Response)> PayloadBytes { get; set; } =
        new Dictionary<PayloadSize, (long, long)>();

    public List<ArmMeasure> Measures { get; } = [];

    public ValidateResult? Validate { get; set; }

    public IReadOnlyList<string> BenchmarkTables { get; set; } = [];
}
