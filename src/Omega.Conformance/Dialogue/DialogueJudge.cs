namespace Omega.Conformance.Dialogue;

/// <summary>
/// Replays the exchanges of one demand through a dialogue model, then looks at the dialogue as it
/// stands now: a dialogue left open past its window is judged as well.
/// </summary>
public sealed class DialogueJudge
{
    private readonly IDialogueModel _model;
    private readonly TimeProvider _time;

    public DialogueJudge(IDialogueModel model, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(time);
        _model = model;
        _time = time;
    }

    public DialogueReport Judge(IEnumerable<DialogueExchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var state = _model.Initial;
        var transitions = new List<TakenTransition>();
        var violations = new List<Validation.Violation>();
        foreach (var exchange in exchanges)
        {
            Add(_model.Step(state, exchange));
        }

        Add(_model.Expire(state, _time.GetUtcNow()));
        return new DialogueReport(state, transitions, violations);

        void Add(DialogueStep step)
        {
            state = step.State;
            transitions.AddRange(step.Transitions);
            violations.AddRange(step.Violations);
        }
    }
}
