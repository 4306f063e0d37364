using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The first appointment asked for is a calendar day written "YYYY-MM-DD".</summary>
internal sealed class PremierRdvDateRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS120", Severity.Error, "3.3.1.1", "PremierRdvDemande/Date is a date written YYYY-MM-DD.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.IsCreerDemande(context)
            && context.Message.Find("Demande/PremierRdvDemande/Date") is { } element
            && !IsoDate.IsValid(element.Value.Trim()))
        {
            context.Report(Rule, element, $"Date '{element.Value}' is not a calendar date written YYYY-MM-DD.");
        }
    }
}
