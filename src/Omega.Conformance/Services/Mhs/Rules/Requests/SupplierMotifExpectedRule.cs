using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The Motif is technically optional, but OMEGA expects one for a MHS at the supplier's initiative.</summary>
internal sealed class SupplierMotifExpectedRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS112",
        Severity.Warning,
        "3.3.1.1, 3.3.1.2",
        "At the supplier's initiative (FournisseurMHS true), a Motif is expected.");

    private const string Expected =
        "At the supplier's initiative, OMEGA expects a Motif: 21 (impayé) or 22 (non-reconduction).";

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context) is not { } donnees
            || MhsRequests.Initiative(context.Message) != MhsInitiative.Fournisseur)
        {
            return;
        }

        var element = donnees.Child("Motif");
        if (element is null)
        {
            context.ReportMissing(Rule, donnees, "Motif", Expected);
        }
        else if (Fields.IsBlank(element))
        {
            context.Report(Rule, element, Expected);
        }
    }
}
