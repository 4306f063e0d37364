namespace Omega.Simulator.Faults;

/// <summary>
/// A fault to inject: of what kind, on which PCE and operation (any when null), how many times
/// (always when null).
/// </summary>
public sealed record FaultRule
{
    public required FaultKind Kind { get; init; }

    public string? Pce { get; init; }

    public string? Operation { get; init; }

    /// <summary>The added latency, for <see cref="FaultKind.Latency"/>.</summary>
    public int LatencyMs { get; init; }

    /// <summary>How many calls it hits before it is spent; null for every call.</summary>
    public int? Times { get; init; }

    public bool Matches(string operation, string? pce) =>
        (Operation is null || Operation == operation) && (Pce is null || Pce == pce);
}
