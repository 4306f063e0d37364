using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Dialogue;

/// <summary>Builds the <see cref="DialogueStep"/> of one exchange as a model walks the tableau.</summary>
internal sealed class DialogueStepBuilder
{
    private readonly List<TakenTransition> _transitions = [];
    private readonly List<Violation> _violations = [];
    private readonly string _operation;

    public DialogueStepBuilder(DialogueState state, string operation)
    {
        State = state;
        _operation = operation;
    }

    public DialogueState State { get; set; }

    /// <summary>Takes an event of the tableau at that time, the demand reaching that status.</summary>
    public void Reach(int number, string status, DateTimeOffset at)
    {
        _transitions.Add(new TakenTransition(number, _operation, status, at));
        State = State with { LastEvent = number, Status = status, LastAt = at };
    }

    /// <summary>Ends the dialogue: "A", "T" or "Fin(&gt;5min)".</summary>
    public void End(string note, DateTimeOffset at)
    {
        _transitions.Add(new TakenTransition(TableEvent.Fin, _operation, State.Status, at, note));
        State = State with { IsOver = true, AwaitsSupplier = false };
    }

    /// <summary>Reports against an element of the exchange, or against the operation when it is absent.</summary>
    public void Report(RuleDescriptor rule, MessageElement? element, string message) =>
        _violations.Add(element is null
            ? rule.At("/" + _operation, message)
            : rule.At(element.Path, message, element.Line, element.Column));

    public DialogueStep Build() => new(State, _transitions, _violations);
}
