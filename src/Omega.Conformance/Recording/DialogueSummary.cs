using Omega.Conformance.Dialogue;

namespace Omega.Conformance.Recording;

/// <summary>
/// What happened to a recorded dialogue outside its exchanges: the dialogue model ended it when its
/// window passed, and said whether the supplier left it when it had to go on (dialogue.json).
/// </summary>
public sealed record DialogueSummary
{
    public required string DialogueId { get; init; }

    public string? NumeroCad { get; init; }

    public string? NumeroPce { get; init; }

    public string? NumeroDemande { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>When the model ended the dialogue.</summary>
    public DateTimeOffset EndedAt { get; init; }

    public DialogueState? State { get; init; }

    public IReadOnlyList<TakenTransition> Transitions { get; init; } = [];

    public IReadOnlyList<RecordedViolation> Violations { get; init; } = [];
}
