using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// At the client's initiative the option depends on the version: Abandon du gaz and Client parti
/// came with V6, so V5 knows only the Relève spéciale.
/// </summary>
internal sealed class ClientOptionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS111",
        Severity.Error,
        "3.3.1.1, 3.3.1.2",
        "At the client's initiative (FournisseurMHS false), OptionPrestation is 1, 7 or 8 from V6, and 1 in V5.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context)?.Child("OptionPrestation") is not { } element
            || MhsRequests.Initiative(context.Message) != MhsInitiative.Client)
        {
            return;
        }

        var option = element.Value.Trim();
        if (option is MhsOptions.ReleveSpeciale or MhsOptions.IndexAutoReleve)
        {
            return;
        }

        if (!MhsOptions.IsOffered(option))
        {
            context.Report(
                Rule, element, $"At the client's initiative, OptionPrestation is 1, 7 or 8, not '{element.Value}'.");
            return;
        }

        if (MhsRequests.VersionFor(context, Rule, element) is < 6 and var version)
        {
            context.Report(
                Rule, element, $"NumeroVersion V{version} takes OptionPrestation 1 only; '{option}' came with V6.");
        }
    }
}
