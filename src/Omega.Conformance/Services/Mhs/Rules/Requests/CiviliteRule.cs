using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The end customer's title, as OMEGA spells the three it knows.</summary>
internal sealed class CiviliteRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS124", Severity.Error, "3.3.1.1", "UtilisateurFinal/Civilite is Mr, Mlle or Mme.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context)?.Find("Contrat/UtilisateurFinal/Civilite") is { } element
            && element.Value.Trim() is not ("Mr" or "Mlle" or "Mme"))
        {
            context.Report(Rule, element, $"Civilite is '{element.Value}'; OMEGA takes Mr, Mlle or Mme.");
        }
    }
}
