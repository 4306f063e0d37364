using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>Option 2, Index auto-relevé, stays in the dictionary but OMEGA no longer takes it, whoever asks.</summary>
internal sealed class AutoReleveOptionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS109",
        Severity.Error,
        "3.3.1.1",
        "OptionPrestation 2 (Index auto-relevé) is no longer accepted, at any version.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context)?.Child("OptionPrestation") is { } element
            && element.Value.Trim() == MhsOptions.IndexAutoReleve)
        {
            context.Report(Rule, element, "OptionPrestation 2 (Index auto-relevé) is no longer accepted.");
        }
    }
}
