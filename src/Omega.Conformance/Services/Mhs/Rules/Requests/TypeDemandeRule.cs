using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>TypeDemande is a generic enumeration of OMEGA's dictionary; this service takes "MHS" only.</summary>
internal sealed class TypeDemandeRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS108", Severity.Error, "3.3.1.1, 3.3.1.2", "CreerDemandeMHS has TypeDemande MHS.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.IsCreerDemande(context)
            && context.Message.Find("Demande/TypeDemande") is { } element
            && element.Value.Trim() != "MHS")
        {
            context.Report(Rule, element, $"TypeDemande is '{element.Value}'; CreerDemandeMHS takes 'MHS' only.");
        }
    }
}
