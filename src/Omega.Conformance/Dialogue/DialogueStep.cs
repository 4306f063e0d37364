using Omega.Conformance.Validation;

namespace Omega.Conformance.Dialogue;

/// <summary>What one exchange, or the passing of time, did to a dialogue.</summary>
/// <param name="State">The dialogue's state after it.</param>
/// <param name="Transitions">The events of the tableau taken, in order.</param>
/// <param name="Violations">The dialogue rules broken, with the reason.</param>
public sealed record DialogueStep(
    DialogueState State, IReadOnlyList<TakenTransition> Transitions, IReadOnlyList<Violation> Violations)
{
    public bool IsInSequence => !Violations.Any(v => v.Severity == Severity.Error);
}
