namespace Omega.Features.Targets;

/// <summary>
/// A target of the conformance suite, read from features/targets/NAME.json: where the service is,
/// who the supplier is, and which real PCE plays each role the scenarios name.
/// </summary>
public sealed record TargetProfile
{
    /// <summary>"in-process simulator", "in-process proxy in front of the simulator", or the service's URL.</summary>
    public string Endpoint { get; init; } = InProcessSimulator;

    public string Description { get; init; } = string.Empty;

    public SupplierIdentity Supplier { get; init; } = new();

    /// <summary>The CADs of the scenarios besides the supplier's own, by role ("suspended").</summary>
    public IReadOnlyDictionary<string, string> Cads { get; init; } = new Dictionary<string, string>();

    /// <summary>The Plage names the target offers, by the words the scenarios use ("morning").</summary>
    public IReadOnlyDictionary<string, string> Plages { get; init; } = new Dictionary<string, string>();

    /// <summary>The PCE that plays each role ("6M accessible", "unknown"…).</summary>
    public IReadOnlyDictionary<string, PceRole> Pces { get; init; } = new Dictionary<string, PceRole>();

    /// <summary>A clock the suite may move: only an in-process target has one.</summary>
    public ClockSettings? Clock { get; init; }

    /// <summary>The fault board of an omega stub (POST /_stub/faults), to make an answer get lost.</summary>
    public string? Faults { get; init; }

    public ClientCertificate? ClientCertificate { get; init; }

    public const string InProcessSimulator = "in-process simulator";
    public const string InProcessProxy = "in-process proxy in front of the simulator";

    public bool IsInProcess => Endpoint is InProcessSimulator or InProcessProxy;
}
