namespace Omega.Bench.Harness;

/// <summary>
/// One way of putting something between the load generator and the upstream, or nothing (direct).
/// </summary>
/// <param name="Name">Short name, in logs and file names.</param>
/// <param name="Title">What the results file calls it.</param>
/// <param name="Port">Where it listens; for direct, the upstream's port.</param>
/// <param name="Program">What to start, pinned to the proxy core; null when nothing is started.</param>
/// <param name="Arguments">Its arguments, given the upstream's URL and the arm's own folder.</param>
/// <param name="Allocation">How to read the bytes it allocates.</param>
/// <param name="JudgesVerdicts">An omega arm: every answer must carry X-Omega-Verdict: pass.</param>
/// <param name="Output">What it records, under its folder, whose size per exchange is reported.</param>
internal sealed record Arm(
    string Name,
    string Title,
    int Port,
    string? Program,
    Func<Uri, string, IReadOnlyList<string>> Arguments,
    AllocationSource Allocation = AllocationSource.None,
    bool JudgesVerdicts = false,
    string? Output = null)
{
    /// <summary>Runs after the program listens: mountebank is given its imposter then.</summary>
    public Func<Arm, Uri, CancellationToken, Task>? Configure { get; init; }

    /// <summary>The port that tells it is up when not its own: mountebank's admin, before the imposter.</summary>
    public int? AdminPort { get; init; }

    public Uri Address => new($"http://127.0.0.1:{Port}");
}
