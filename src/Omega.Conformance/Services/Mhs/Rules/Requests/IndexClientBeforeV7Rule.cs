using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>The client index came with V7: an older client sends it for nothing.</summary>
internal sealed class IndexClientBeforeV7Rule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS119",
        Severity.Warning,
        "3.3.1.1",
        "Before V7, DateIndexClient and IndexClient are not filled: OMEGA reads them from V7.");

    private static readonly string[] Names = ["DateIndexClient", "IndexClient"];

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context) is not { } donnees)
        {
            return;
        }

        foreach (var name in Names)
        {
            if (Fields.Filled(donnees, name) is { } element
                && MhsRequests.VersionFor(context, Rule, element) is < 7 and var version)
            {
                context.Report(Rule, element, $"{name} is read from NumeroVersion V7; this request is V{version}.");
            }
        }
    }
}
