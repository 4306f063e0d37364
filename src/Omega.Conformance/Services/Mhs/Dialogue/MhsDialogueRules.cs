using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>The rules of the MHS dialogue (section 2.1), as the catalogue lists them.</summary>
public static class MhsDialogueRules
{
    private const string Tableau = "2.1 Cinématique des appels (tableau d'états)";

    public static readonly RuleDescriptor NoDemand = new(
        "DLG301", Severity.Error, Tableau,
        "The appointment and stop methods come only after a creation that left the demand \"en attente de RDV\".");

    public static readonly RuleDescriptor AfterEnd = new(
        "DLG302", Severity.Error, "2.1, 2.1.5 Gestion des sessions",
        "No call continues a dialogue that ended: on \"A\", on \"T\", or past its window.");

    public static readonly RuleDescriptor TooLate = new(
        "DLG303", Severity.Error, Tableau + ", Fin(>5min)",
        "The appointment dialogue goes on within five minutes of OMEGA's last answer.");

    public static readonly RuleDescriptor LeftOpen = new(
        "DLG304", Severity.Error, "2.1.5 Gestion des sessions",
        "A supplier invited to take an appointment (\"P\") goes on with the dialogue: it never leaves it open.");

    public static readonly RuleDescriptor BlindRetry = new(
        "DLG305", Severity.Warning, Tableau + ", notes 1 and 2",
        "A call whose answer was lost is not repeated blindly: the suivi des demandes tells the demand's state.");

    public static readonly RuleDescriptor AcceptOffered = new(
        "DLG306", Severity.Error, "2.1.2 Prise de rendez-vous",
        "AccepterRdv takes a date and slot that OMEGA offered in its last answer.");

    public static readonly RuleDescriptor PageAList = new(
        "DLG307", Severity.Error, "2.1.2 Prise de rendez-vous",
        "DemanderPrecSuiv pages a list of dates that OMEGA sent (ListeDP).");

    public static readonly RuleDescriptor DateDemandeeKept = new(
        "DLG308", Severity.Error, "2.1.2, 2.1.3",
        "When an appointment dialogue fails or is abandoned, the Date Demandée is the last one the supplier gave.");

    public static readonly RuleDescriptor AnswerFitsStep = new(
        "DLG309", Severity.Error, Tableau + ", Annexe A",
        "OMEGA's answer is one the step allows: TypeRetourDialogue and CodeRetour of Annexe A for that step.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        NoDemand, AfterEnd, TooLate, LeftOpen, BlindRetry, AcceptOffered, PageAList, DateDemandeeKept, AnswerFitsStep,
    ];
}
