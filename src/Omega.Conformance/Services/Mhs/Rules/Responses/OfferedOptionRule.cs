using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>The check offers the options OMEGA still takes: never option 2, Index auto-relevé.</summary>
internal sealed class OfferedOptionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS215",
        Severity.Error,
        "3.2.2.1",
        "ListeOptionPrestation/OptionPrestation is 1 (Relève spéciale), 7 (Abandon du gaz) or 8 (Client parti).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context) || context.Message.Child("RetourRecupererDonneesObjet") is not { } donnees)
        {
            return;
        }

        foreach (var offer in donnees.ChildrenNamed("ListeOptionPrestation"))
        {
            if (offer.Child("OptionPrestation") is { } option && !MhsOptions.IsOffered(option.Value.Trim()))
            {
                context.Report(
                    Rule, option, $"OptionPrestation '{option.Value}' is not offered; OMEGA offers 1, 7 or 8.");
            }
        }
    }
}
