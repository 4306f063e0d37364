using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>Whether the client must be there: obligatory, not obligatory, or a hard-to-reach PCE to secure.</summary>
internal sealed class PresenceClientRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS216", Severity.Error, "3.2.2.1, 3.3.2.1", "PresenceClient is PO, PNO or IAS.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context))
        {
            return;
        }

        var offers = context.Message.Child("RetourRecupererDonneesObjet")?.ChildrenNamed("ListeOptionPrestation");
        foreach (var offer in offers ?? [])
        {
            Judge(context, offer.Child("PresenceClient"));
        }

        Judge(context, MhsAnswers.Object(context)?.Child("PresenceClient"));
    }

    private static void Judge(RuleContext context, MessageElement? presence)
    {
        if (presence is not null && !MhsOptions.IsPresenceClient(presence.Value.Trim()))
        {
            context.Report(Rule, presence, $"PresenceClient is '{presence.Value}'; OMEGA gives PO, PNO or IAS.");
        }
    }
}
