namespace Omega.Conformance.Recording;

/// <summary>
/// The JSON manifest of one recorded exchange: what was sent and answered, when, how it was judged,
/// and where the dialogue stood after it. Its body files sit beside it.
/// </summary>
public sealed record ExchangeManifest
{
    public const string CurrentFormat = "omega-recording/1";

    public string Format { get; init; } = CurrentFormat;

    public required string ExchangeId { get; init; }

    public required string DialogueId { get; init; }

    /// <summary>The 1-based rank of the exchange in its dialogue.</summary>
    public int Sequence { get; init; }

    public string? Operation { get; init; }

    public string? NumeroCad { get; init; }

    public string? NumeroPce { get; init; }

    public string? NumeroDemande { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public double DurationMs { get; init; }

    public double UpstreamMs { get; init; }

    public required RecordedMessage Request { get; init; }

    public required RecordedMessage Response { get; init; }

    /// <summary>"pass" when no violation of the exchange is an error, "fail" otherwise.</summary>
    public required string Verdict { get; init; }

    public IReadOnlyList<RecordedViolation> Violations { get; init; } = [];

    public IReadOnlyList<RecordedNotJudged> NotJudged { get; init; } = [];

    /// <summary>Why the upstream did not answer (YARP's error), or null.</summary>
    public string? UpstreamError { get; init; }

    /// <summary>The events of the dialogue's tableau the exchange took.</summary>
    public IReadOnlyList<Dialogue.TakenTransition> Transitions { get; init; } = [];

    /// <summary>Where the dialogue stood after the exchange, by the service's dialogue model.</summary>
    public Dialogue.DialogueState? DialogueAfter { get; init; }

    /// <summary>
    /// "local" when the dialogue was judged by this instance alone, its shared store being out of
    /// reach; null when judged on the dialogue's shared (or only) state.
    /// </summary>
    public string? DialogueJudgement { get; init; }

    /// <summary>"pseudonymized" or "kept".</summary>
    public string PersonalData { get; init; } = "pseudonymized";
}
