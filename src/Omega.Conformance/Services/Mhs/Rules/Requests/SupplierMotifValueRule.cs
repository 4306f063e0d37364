using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The two reasons a supplier may end a supply for: an unpaid bill, or a contract not renewed.</summary>
internal sealed class SupplierMotifValueRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS113",
        Severity.Error,
        "3.3.1.1, 3.3.1.2",
        "At the supplier's initiative, a Motif is 21 (impayé) or 22 (non-reconduction du contrat).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (Fields.Filled(MhsRequests.DonneesTypeDemande(context), "Motif") is { } element
            && MhsRequests.Initiative(context.Message) == MhsInitiative.Fournisseur
            && element.Value.Trim() is not "21" and not "22")
        {
            context.Report(Rule, element, $"At the supplier's initiative, Motif is 21 or 22, not '{element.Value}'.");
        }
    }
}
