using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The self-read index came with V6: a V5 request leaves it empty.</summary>
internal sealed class ValeurIndexReleveV5Rule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS116", Severity.Error, "3.3.1.1", "ValeurIndexReleve is not filled with NumeroVersion V5.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (Fields.Filled(MhsRequests.DonneesTypeDemande(context), "ValeurIndexReleve") is { } element
            && MhsRequests.VersionFor(context, Rule, element) is < 6 and var version)
        {
            context.Report(
                Rule, element, $"ValeurIndexReleve is not filled with NumeroVersion V{version}; it came with V6.");
        }
    }
}
