using Omega.Conformance.Dialogue;

namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>What OMEGA's answers to the check and the creation do to the dialogue (events 3, 6 and 7).</summary>
internal static class MhsAnswers
{
    private const string Poursuivre = "P";
    private const string Abandonne = "A";
    private const string Termine = "T";

    /// <summary>Event 3: "P" the check passed, "A" it created a demand 022 or 023 and the dialogue ends.</summary>
    public static void Verifier(DialogueStepBuilder step, DialogueExchange exchange)
    {
        switch (exchange.TypeRetourDialogue)
        {
            case Poursuivre when exchange.CodeRetour == MhsReturnCodes.Message.Code:
                step.Reach(MhsTableau.VerifierReponse, MhsDemandStatus.AucuneDemande, exchange.At);
                Remember(step, exchange);
                break;

            case Abandonne:
                var unknownPce = exchange.MessageRetour.Any(MhsReturnCodes.PceInconnu.Matches);
                step.Reach(
                    MhsTableau.VerifierReponse,
                    unknownPce ? MhsDemandStatus.PceInconnu : MhsDemandStatus.NonValidee,
                    exchange.At);
                Remember(step, exchange);
                step.End(Abandonne, exchange.At);
                break;

            default:
                Misfit(step, exchange, "the check answers \"P\" with Message, or \"A\" with DmdKo");
                break;
        }
    }

    /// <summary>Event 6 (refused, the demand is not created) or 7 (created, with its status).</summary>
    public static void Creer(DialogueStepBuilder step, DialogueExchange exchange)
    {
        var requested = MhsMessages.PremierRdvDate(exchange.Request);
        switch (exchange.TypeRetourDialogue)
        {
            case Abandonne:
                step.Reach(MhsTableau.CreerRefus, MhsDemandStatus.AucuneDemande, exchange.At);
                Remember(step, exchange);
                step.End(Abandonne, exchange.At);
                break;

            case Poursuivre when exchange.NumeroDemande is not null:
                step.Reach(MhsTableau.CreerReponse, MhsDemandStatus.EnAttenteDeRdv, exchange.At);
                Remember(step, exchange);
                step.State = step.State with
                {
                    AwaitsSupplier = true,
                    DateDemandee = MhsMessages.DateDemandee(exchange.Response)?.Value.Trim() ?? requested,
                    Offered = MhsMessages.Offered(exchange.Response),
                };
                break;

            case Termine when exchange.CodeRetour == MhsReturnCodes.DmdOkDP.Code:
                step.Reach(MhsTableau.CreerReponse, MhsDemandStatus.RdvProgramme, exchange.At);
                Remember(step, exchange);
                step.End(Termine, exchange.At);
                break;

            case Termine when exchange.CodeRetour == MhsReturnCodes.DmdOkDD.Code:
                step.Reach(MhsTableau.CreerReponse, StatusAfterDateDemandee(exchange), exchange.At);
                Remember(step, exchange);
                step.State = step.State with
                {
                    DateDemandee = MhsMessages.DateDemandee(exchange.Response)?.Value.Trim() ?? requested,
                };
                step.End(Termine, exchange.At);
                break;

            default:
                Misfit(
                    step,
                    exchange,
                    "the creation answers \"P\" with a NumeroDemande, \"T\" with DmdOkDP or DmdOkDD, or \"A\"");
                break;
        }
    }

    /// <summary>Keeps what the answer tells of the demand: its number and OMEGA's last code.</summary>
    public static void Remember(DialogueStepBuilder step, DialogueExchange exchange) =>
        step.State = step.State with
        {
            NumeroDemande = exchange.NumeroDemande ?? step.State.NumeroDemande,
            LastCodeRetour = exchange.CodeRetour,
        };

    /// <summary>An answer no row of the tableau has: reported, and the dialogue cannot go on.</summary>
    public static void Misfit(DialogueStepBuilder step, DialogueExchange exchange, string expected)
    {
        step.Report(
            MhsDialogueRules.AnswerFitsStep,
            exchange.Response,
            $"{exchange.Operation} answered \"{exchange.TypeRetourDialogue}\" / {exchange.CodeRetour}: {expected}.");
        Remember(step, exchange);
        step.End(exchange.TypeRetourDialogue ?? "?", exchange.At);
    }

    /// <summary>
    /// A demand without intervention, or on a cut PCE, needs no appointment: it is being carried out.
    /// </summary>
    private static string StatusAfterDateDemandee(DialogueExchange exchange) =>
        exchange.MessageRetour.Any(m =>
            MhsReturnCodes.DemandeSansIntervention.Matches(m) || MhsReturnCodes.PceCoupe.Matches(m))
            ? MhsDemandStatus.EnCoursDeRealisation
            : MhsDemandStatus.EnAttenteDeRdv;
}
