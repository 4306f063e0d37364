using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>A demand that goes on or ends well exists: the answer names it, for the calls that follow.</summary>
internal sealed class NumeroDemandeAnsweredRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS210",
        Severity.Error,
        "3.3.2.2",
        "CreerDemandeMHS and the appointment answers give a NumeroDemande when TypeRetourDialogue is P or T.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context) || MhsAnswers.ObjectName(context.Binding.Operation) is null)
        {
            return;
        }

        var type = MhsAnswers.TypeRetourDialogue(context);
        if (type is not ("P" or "T"))
        {
            return;
        }

        var message = $"TypeRetourDialogue is {type}: the answer gives the NumeroDemande of the demand.";
        var numero = MhsAnswers.Object(context)?.Child("NumeroDemande");
        if (numero is null)
        {
            MhsAnswers.ReportMissingInObject(context, Rule, "NumeroDemande", message);
        }
        else if (Fields.IsBlank(numero))
        {
            context.Report(Rule, numero, message);
        }
    }
}
