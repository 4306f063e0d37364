using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>
/// Each code of Annexe A belongs to one TypeRetourDialogue. Judged only when the type itself is one
/// the operation answers: otherwise MHS201 has already said what is wrong.
/// </summary>
internal sealed class CodeRetourAgreementRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS203",
        Severity.Error,
        "Annexe A",
        "CodeRetour agrees with TypeRetourDialogue: T with DmdOkDP or DmdOkDD; P with Message, DatePlageH or ListeDP; "
            + "A with DmdKo.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context)
            || MhsAnswers.TypeRetourDialogue(context) is not { } type
            || !MhsAnswers.Allows(context.Binding.Operation, type)
            || MhsAnswers.Code(context) is not { } code
            || code.TypeRetourDialogue == type)
        {
            return;
        }

        context.Report(
            Rule,
            context.Message.Find("Retour/CodeRetour")!,
            $"CodeRetour '{code.Code}' comes with TypeRetourDialogue '{code.TypeRetourDialogue}' in Annexe A, "
                + $"not '{type}'.");
    }
}
