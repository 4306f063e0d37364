using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Conformance.Validation;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Conformance.Tests.Services.Mhs.Dialogue;

/// <summary>
/// Plays the exchanges of one demand through the MHS dialogue on a fake clock, and keeps what it took.
/// </summary>
internal sealed class DialogueScript
{
    public const string Pce = "19112345678901";

    private readonly List<TakenTransition> _transitions = [];
    private readonly List<Violation> _violations = [];

    public DialogueScript()
    {
        State = Model.Initial;
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.Zero));

    public MhsDialogue Model { get; } = MhsDialogue.Default;

    public DialogueState State { get; private set; }

    /// <summary>Every event taken so far; Fin is 0.</summary>
    public IReadOnlyList<int> Events => [.. _transitions.Select(t => t.Event)];

    public IReadOnlyList<TakenTransition> Transitions => _transitions;

    public IReadOnlyList<string> RuleIds => [.. _violations.Select(v => v.RuleId)];

    public IReadOnlyList<Violation> Violations => _violations;

    public DialogueStep Play(string operation, string request, string? response)
    {
        var exchange = DialogueExchange.Read(
            operation, Parse(request), response is null ? null : Parse(response), Clock.GetUtcNow());
        return Keep(Model.Step(State, exchange));
    }

    public DialogueStep Expire() => Keep(Model.Expire(State, Clock.GetUtcNow()));

    /// <summary>Check, then creation answered "P" ListeDP with two dates: the demand awaits an appointment.</summary>
    public DialogueScript Created()
    {
        Play("VerifierRecevabiliteMHS", MhsRequests.Verifier(Pce), MhsAnswerXml.Recevable());
        Play(
            "CreerDemandeMHS",
            MhsRequests.Creer(Pce, "2026-12-15", "MATIN"),
            MhsAnswerXml.Creer("P", Omega.Conformance.Services.Mhs.MhsReturnCodes.ListeDP,
                Omega.Conformance.Services.Mhs.MhsReturnCodes.DatePlageIndisponible,
                MhsAnswerXml.Slots("2026-12-16", "2026-12-17")));
        return this;
    }

    /// <summary>Forgets what was taken so far, keeping the state: a test then looks at its own steps only.</summary>
    public DialogueScript Mark()
    {
        _transitions.Clear();
        _violations.Clear();
        return this;
    }

    private DialogueStep Keep(DialogueStep step)
    {
        State = step.State;
        _transitions.AddRange(step.Transitions);
        _violations.AddRange(step.Violations);
        return step;
    }

    private static Omega.Conformance.Soap.MessageElement Parse(string envelope) =>
        Contracts.Validate(envelope).Message ?? throw new InvalidOperationException(
            "The test envelope has no message.");
}
