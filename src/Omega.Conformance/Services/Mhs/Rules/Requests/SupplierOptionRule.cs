using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>A MHS at the supplier's initiative is a Relève spéciale, and nothing else.</summary>
internal sealed class SupplierOptionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS110",
        Severity.Error,
        "3.2.2.1, 3.3.1.2",
        "At the supplier's initiative (FournisseurMHS true), OptionPrestation is 1 (Relève spéciale).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context)?.Child("OptionPrestation") is not { } element
            || MhsRequests.Initiative(context.Message) != MhsInitiative.Fournisseur)
        {
            return;
        }

        var option = element.Value.Trim();
        if (option is not MhsOptions.ReleveSpeciale and not MhsOptions.IndexAutoReleve)
        {
            context.Report(
                Rule,
                element,
                $"At the supplier's initiative, OptionPrestation is 1 (Relève spéciale), not '{element.Value}'.");
        }
    }
}
