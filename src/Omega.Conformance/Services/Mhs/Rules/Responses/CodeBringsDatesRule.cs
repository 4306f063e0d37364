using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>
/// A code of Annexe A that announces dates brings them: ListeDP the list to choose in, DmdOkDP the
/// programmed date, DmdOkDD the requested date (save for a demand without intervention, which has none).
/// </summary>
internal sealed class CodeBringsDatesRule(
    RuleDescriptor rule,
    ReturnCode code,
    string field,
    ReturnLabel? unless = null) : IRule
{
    public static readonly RuleDescriptor ListeDP = new(
        "MHS206", Severity.Error, "Annexe A, 3.3.2.1", "ListeDP comes with ListeDatePlage (1 to 24 slots).");

    public static readonly RuleDescriptor DmdOkDP = new(
        "MHS208", Severity.Error, "Annexe A, 3.3.2.1", "DmdOkDP comes with DateProgrammee.");

    public static readonly RuleDescriptor DmdOkDD = new(
        "MHS209",
        Severity.Error,
        "Annexe A, 3.3.2.1",
        "DmdOkDD comes with DateDemandee, except for a demand without intervention.");

    public RuleDescriptor Descriptor => rule;

    public static IEnumerable<IRule> Create()
    {
        yield return new CodeBringsDatesRule(ListeDP, MhsReturnCodes.ListeDP, "ListeDatePlage");
        yield return new CodeBringsDatesRule(DmdOkDP, MhsReturnCodes.DmdOkDP, "DateProgrammee");
        yield return new CodeBringsDatesRule(
            DmdOkDD, MhsReturnCodes.DmdOkDD, "DateDemandee", MhsReturnCodes.DemandeSansIntervention);
    }

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context)
            || MhsAnswers.ObjectName(context.Binding.Operation) is null
            || !ReferenceEquals(MhsAnswers.Code(context), code)
            || MhsAnswers.Object(context)?.Child(field) is not null
            || (unless is not null && Says(context, unless)))
        {
            return;
        }

        MhsAnswers.ReportMissingInObject(context, rule, field, $"CodeRetour {code.Code} comes with {field}.");
    }

    private static bool Says(RuleContext context, ReturnLabel label)
    {
        foreach (var message in context.Message.Child("Retour")?.ChildrenNamed("MessageRetour") ?? [])
        {
            if (label.Matches(message.Value))
            {
                return true;
            }
        }

        return false;
    }
}
