using Omega.Conformance.Dialogue;

namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>
/// Step 3 and the stop of the dialogue: ProposerDatePlage, AccepterRdv, DemanderPrecSuiv,
/// AbandonnerRdv and AbandonnerDemande (events 8 to 11), and why a call is out of sequence.
/// </summary>
internal sealed class MhsAppointmentStep
{
    private readonly MhsDialogue _model;
    private readonly DialogueStepBuilder _step;
    private readonly DialogueExchange _exchange;

    public MhsAppointmentStep(MhsDialogue model, DialogueStepBuilder step, DialogueExchange exchange)
    {
        _model = model;
        _step = step;
        _exchange = exchange;
    }

    private string Operation => _exchange.Operation;

    public void Play()
    {
        if (!InSequence(_step.State))
        {
            return;
        }

        CheckCall(_step.State);
        _step.Reach(MhsTableau.RdvRequete, MhsDemandStatus.EnAttenteDeRdv, _exchange.At);
        _step.Reach(MhsTableau.RdvAttente, MhsDemandStatus.EnAttenteDeRdv, _exchange.At);
        _step.State = _step.State with { AwaitsSupplier = false };
        if (_exchange.Answered)
        {
            Answer();
        }
    }

    private bool InSequence(DialogueState state)
    {
        if (state.NumeroDemande is null)
        {
            Report(
                MhsDialogueRules.NoDemand,
                $"{Operation} comes before any creation answered \"P\" with a NumeroDemande.");
            return false;
        }

        // A dialogue that ended past its window is judged by the window, whether or not a watch saw it end first.
        var lapsed = _model.HasLapsed(state, _exchange.At);
        if (state.IsOver && !(lapsed && EndedByTheWindow(state)))
        {
            Report(
                MhsDialogueRules.AfterEnd,
                $"{Operation} comes after the dialogue of demand {state.NumeroDemande} ended "
                + $"(\"{state.Status}\", last code {state.LastCodeRetour ?? "none"}).");
            return false;
        }

        if (lapsed)
        {
            var late = _exchange.At - state.LastAt!.Value;
            Report(
                MhsDialogueRules.TooLate,
                $"{Operation} comes {late.TotalMinutes:0.#} min after OMEGA's last answer, past the "
                + $"{_model.Window.TotalMinutes:0.#} min window: the dialogue had ended.");
            if (!state.IsOver)
            {
                _step.End("Fin(>5min)", state.LastAt.Value + _model.Window);
            }

            return false;
        }

        if (state.LastEvent == MhsTableau.RdvAttente)
        {
            _step.Report(
                MhsDialogueRules.BlindRetry,
                _exchange.Request,
                $"{Operation} follows a call whose answer was lost: the demand may have changed.");
            return true;
        }

        if (!_model.Table.Allows(state.LastEvent, state.Status, MhsTableau.RdvRequete))
        {
            Report(
                MhsDialogueRules.NoDemand,
                $"{Operation} cannot follow event {state.LastEvent} (\"{state.Status}\").");
            return false;
        }

        return true;
    }

    private void CheckCall(DialogueState state)
    {
        if (Operation == MhsOperations.AccepterRdv.Name)
        {
            var accepted = MhsMessages.RequestedSlot(_exchange.Request);
            if (state.Offered.Count == 0)
            {
                Report(
                    MhsDialogueRules.AcceptOffered,
                    $"AccepterRdv comes after {state.LastCodeRetour}, which offered no date.");
            }
            else if (accepted is null || !state.Offered.Any(offer => Takes(accepted, offer)))
            {
                Report(
                    MhsDialogueRules.AcceptOffered,
                    $"AccepterRdv takes {accepted?.ToString() ?? "no date"}, which OMEGA did not offer "
                    + $"({string.Join(", ", state.Offered)}).");
            }
        }
        else if (Operation == MhsOperations.DemanderPrecSuiv.Name
                 && state.LastCodeRetour != MhsReturnCodes.ListeDP.Code)
        {
            Report(
                MhsDialogueRules.PageAList,
                $"DemanderPrecSuiv follows {state.LastCodeRetour}, not a list of dates (ListeDP).");
        }
        else if (Operation == MhsOperations.ProposerDatePlage.Name
                 && MhsMessages.RequestedSlot(_exchange.Request) is { Date.Length: > 0 } proposed
                 && proposed.Date != state.DateDemandee)
        {
            _step.State = _step.State with { DateDemandee = proposed.Date, DateDemandeeChanged = true };
        }
    }

    /// <summary>Events 11 ("P", or "T" with a Date Programmée) and 10 (the dialogue ends without one).</summary>
    private void Answer()
    {
        var code = _exchange.CodeRetour;
        switch (_exchange.TypeRetourDialogue)
        {
            case "P" when code == MhsReturnCodes.ListeDP.Code || code == MhsReturnCodes.DatePlageH.Code
                                                              || code == MhsReturnCodes.Message.Code:
                _step.Reach(MhsTableau.RdvReponse, MhsDemandStatus.EnAttenteDeRdv, _exchange.At);
                MhsAnswers.Remember(_step, _exchange);
                _step.State = _step.State with
                {
                    AwaitsSupplier = true,
                    Offered = MhsMessages.Offered(_exchange.Response),
                };
                break;

            case "T" when code == MhsReturnCodes.DmdOkDP.Code:
                _step.Reach(MhsTableau.RdvReponse, MhsDemandStatus.RdvProgramme, _exchange.At);
                End("T");
                break;

            case "T" when code == MhsReturnCodes.DmdOkDD.Code:
                CheckDateDemandeeKept();
                _step.Reach(MhsTableau.RdvFin, MhsDemandStatus.EnAttenteDeRdv, _exchange.At);
                End("T");
                break;

            case "A":
                CheckDateDemandeeKept();
                var abandoned = _exchange.MessageRetour.Any(MhsReturnCodes.DemandeAbandonnee.Matches);
                _step.Reach(
                    MhsTableau.RdvFin,
                    abandoned ? MhsDemandStatus.Abandonnee : MhsDemandStatus.EnAttenteDeRdv,
                    _exchange.At);
                End("A");
                break;

            default:
                MhsAnswers.Misfit(
                    _step,
                    _exchange,
                    "an appointment call answers \"P\" (ListeDP, DatePlageH, Message), "
                    + "\"T\" (DmdOkDP, DmdOkDD) or \"A\"");
                break;
        }
    }

    private void End(string note)
    {
        MhsAnswers.Remember(_step, _exchange);
        _step.State = _step.State with { Offered = [] };
        _step.End(note, _exchange.At);
    }

    /// <summary>Sections 2.1.2 and 2.1.3: a Date Demandée changed during the dialogue outlives its failure.</summary>
    private void CheckDateDemandeeKept()
    {
        var state = _step.State;
        if (state.DateDemandeeChanged
            && MhsMessages.DateDemandee(_exchange.Response) is { } returned
            && returned.Value.Trim() != state.DateDemandee)
        {
            _step.Report(
                MhsDialogueRules.DateDemandeeKept,
                returned,
                $"OMEGA returns the Date Demandée {returned.Value.Trim()}, "
                + $"but the supplier last gave {state.DateDemandee}.");
        }
    }

    /// <summary>An end without OMEGA's "A" or "T": its last answer asked to go on ("P").</summary>
    private static bool EndedByTheWindow(DialogueState state) =>
        MhsReturnCodes.Find(state.LastCodeRetour ?? string.Empty) is not { TypeRetourDialogue: "A" or "T" };

    private static bool Takes(OfferedSlot accepted, OfferedSlot offered) =>
        accepted.Date == offered.Date && (accepted.Plage.Length == 0 || accepted.Plage == offered.Plage);

    private void Report(Omega.Conformance.Validation.RuleDescriptor rule, string message) =>
        _step.Report(rule, _exchange.Request, message);
}
