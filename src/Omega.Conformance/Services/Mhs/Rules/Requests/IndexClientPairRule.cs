using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>From V7 a client index is a date and a value: one without the other means nothing.</summary>
internal sealed class IndexClientPairRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS118",
        Severity.Error,
        "3.3.1.1, 3.3.1.2",
        "From V7, DateIndexClient and IndexClient are filled together or not at all.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context) is not { } donnees)
        {
            return;
        }

        var date = Fields.Filled(donnees, "DateIndexClient");
        var index = Fields.Filled(donnees, "IndexClient");
        if ((date is null) == (index is null))
        {
            return;
        }

        var given = date ?? index!;
        if (MhsRequests.VersionFor(context, Rule, given) is >= 7)
        {
            var missing = date is null ? "DateIndexClient" : "IndexClient";
            Report(context, donnees, missing, $"{given.Name} is filled, so {missing} must be too.");
        }
    }

    private static void Report(RuleContext context, MessageElement donnees, string missing, string message)
    {
        if (donnees.Child(missing) is { } blank)
        {
            context.Report(Rule, blank, message);
        }
        else
        {
            context.ReportMissing(Rule, donnees, missing, message);
        }
    }
}
