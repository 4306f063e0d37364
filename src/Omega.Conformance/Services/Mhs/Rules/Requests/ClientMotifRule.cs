using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>A client ending his own supply gives no reason: the Motif stays empty.</summary>
internal sealed class ClientMotifRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS114",
        Severity.Error,
        "3.3.1.1, 3.3.1.2",
        "At the client's initiative (FournisseurMHS false), Motif is empty.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (Fields.Filled(MhsRequests.DonneesTypeDemande(context), "Motif") is { } element
            && MhsRequests.Initiative(context.Message) == MhsInitiative.Client)
        {
            context.Report(Rule, element, $"At the client's initiative, Motif is empty, not '{element.Value}'.");
        }
    }
}
