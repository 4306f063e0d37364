using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>A field OMEGA has not read since its V4: a value there is lost.</summary>
internal sealed class NumeroSynchroInterventionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS122",
        Severity.Warning,
        "3.3.1.1",
        "PremierRdvDemande/NumeroSynchroIntervention is left empty: OMEGA ignores it since its V4.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.IsCreerDemande(context)
            && Fields.Filled(context.Message.Find("Demande/PremierRdvDemande"), "NumeroSynchroIntervention")
                is { } element)
        {
            context.Report(
                Rule, element, "NumeroSynchroIntervention has been ignored since OMEGA V4: its value is not read.");
        }
    }
}
