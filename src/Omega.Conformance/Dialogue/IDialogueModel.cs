using Omega.Conformance.Validation;

namespace Omega.Conformance.Dialogue;

/// <summary>
/// The dialogue of one OMEGA service: its tableau d'états and the rules of its sequence. Pure: the
/// state comes in, the new state goes out, and time is what the caller says it is.
/// </summary>
public interface IDialogueModel
{
    TransitionTable Table { get; }

    /// <summary>The dialogue rules, for the catalogue.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>How long a dialogue waits for the next message before it ends (Fin(&gt;5min)).</summary>
    TimeSpan Window { get; }

    /// <summary>The state of a dialogue that has not begun: no demand.</summary>
    DialogueState Initial { get; }

    /// <summary>Plays one exchange (a request and its answer, or a request left unanswered).</summary>
    DialogueStep Step(DialogueState state, DialogueExchange exchange);

    /// <summary>
    /// Ends a dialogue that nothing moved for longer than the window, and says whether the supplier
    /// left it when it had to go on. Returns the state unchanged while the window is open.
    /// </summary>
    DialogueStep Expire(DialogueState state, DateTimeOffset now);
}
