using Omega.Conformance.Validation;

namespace Omega.Conformance.Dialogue;

/// <summary>The verdict on the exchanges of one demand: the way it went, and what was out of sequence.</summary>
public sealed record DialogueReport(
    DialogueState Final, IReadOnlyList<TakenTransition> Transitions, IReadOnlyList<Violation> Violations)
{
    public bool IsInSequence => !Violations.Any(v => v.Severity == Severity.Error);

    /// <summary>The event numbers taken, in order, Fin included as 0.</summary>
    public IEnumerable<int> Events => Transitions.Select(t => t.Event);
}
