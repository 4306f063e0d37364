using Omega.Conformance.Dialogue;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>
/// The MHS dialogue of section 2.1: the check (step 1), the creation (step 2), the appointment and
/// stop methods (step 3), each exchange walked through the tableau d'états. Pure and thread-safe.
/// </summary>
public sealed class MhsDialogue : IDialogueModel
{
    /// <summary>"Fin(&gt;5min)": how long OMEGA's dialogue waits for the next message.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(5);

    public MhsDialogue(TimeSpan? window = null)
    {
        Window = window ?? DefaultWindow;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Window, TimeSpan.Zero);
    }

    public static MhsDialogue Default { get; } = new();

    public TransitionTable Table => MhsTableau.Table;

    public IReadOnlyList<RuleDescriptor> Rules => MhsDialogueRules.All;

    public TimeSpan Window { get; }

    public DialogueState Initial { get; } = new() { Status = MhsDemandStatus.AucuneDemande };

    public DialogueStep Step(DialogueState state, DialogueExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(exchange);
        var step = new DialogueStepBuilder(state, exchange.Operation);
        switch (MhsTableau.RequestEventOf(exchange.Operation))
        {
            case MhsTableau.VerifierRequete:
                Open(step, exchange, MhsTableau.VerifierRequete);
                if (exchange.Answered)
                {
                    MhsAnswers.Verifier(step, exchange);
                }

                break;

            case MhsTableau.CreerRequete:
                Open(step, exchange, MhsTableau.CreerRequete);
                if (exchange.Answered)
                {
                    MhsAnswers.Creer(step, exchange);
                }

                break;

            case MhsTableau.RdvRequete:
                new MhsAppointmentStep(this, step, exchange).Play();
                break;
        }

        return step.Build();
    }

    public DialogueStep Expire(DialogueState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var step = new DialogueStepBuilder(state, "Fin(>5min)");
        if (state.IsOver || state.LastAt is not { } last || now - last <= Window)
        {
            return step.Build();
        }

        if (state.AwaitsSupplier)
        {
            step.Report(MhsDialogueRules.LeftOpen, null, LeftOpenMessage(state));
        }

        step.End("Fin(>5min)", last + Window);
        return step.Build();
    }

    /// <summary>True when the window after the dialogue's last exchange has passed at that time.</summary>
    internal bool HasLapsed(DialogueState state, DateTimeOffset at) => state.LastAt is { } last && at - last > Window;

    /// <summary>
    /// A check or a creation: it goes on with the dialogue where the tableau allows it (3→4, 2→1,
    /// 6→4), and otherwise opens a new one; leaving a dialogue that had to go on is a violation.
    /// </summary>
    private void Open(DialogueStepBuilder step, DialogueExchange exchange, int requestEvent)
    {
        var previous = step.State;
        var open = !previous.IsOver && !HasLapsed(previous, exchange.At);
        if (!previous.IsOver && previous.AwaitsSupplier)
        {
            step.Report(MhsDialogueRules.LeftOpen, exchange.Request, LeftOpenMessage(previous));
        }
        else if (open && previous.LastEvent == MhsTableau.CreerAttente && requestEvent == MhsTableau.CreerRequete)
        {
            step.Report(
                MhsDialogueRules.BlindRetry,
                exchange.Request,
                "CreerDemandeMHS is sent again while the previous creation is unanswered: the demand may exist.");
        }

        var goesOn = open && !previous.AwaitsSupplier
            && Table.Allows(previous.LastEvent, previous.Status, requestEvent);
        step.State = goesOn ? previous : Initial;
        step.State = step.State with { NumeroPCE = exchange.NumeroPCE ?? step.State.NumeroPCE };
        step.Reach(requestEvent, MhsDemandStatus.AucuneDemande, exchange.At);
        step.Reach(
            requestEvent + 1,
            requestEvent == MhsTableau.VerifierRequete ? MhsDemandStatus.AucuneDemande : MhsDemandStatus.Inconnu,
            exchange.At);
    }

    private static string LeftOpenMessage(DialogueState state) =>
        $"The dialogue of demand {state.NumeroDemande} was left \"{state.Status}\" after OMEGA's \"P\" "
        + $"({state.LastCodeRetour}): the supplier must go on to take an appointment.";
}
