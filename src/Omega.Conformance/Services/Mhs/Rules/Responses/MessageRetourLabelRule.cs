using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>
/// Each MessageRetour is a label Annexe A gives for its code; labels OMEGA follows with a code match
/// as prefixes. A warning: the official guide may know labels our copy of the annex does not.
/// </summary>
internal sealed class MessageRetourLabelRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS204",
        Severity.Warning,
        "Annexe A",
        "Each MessageRetour is a label of its CodeRetour (labels followed by a code match as prefixes).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context)
            || context.Message.Child("Retour") is not { } retour
            || MhsAnswers.Code(context) is not { } code)
        {
            return;
        }

        foreach (var message in retour.ChildrenNamed("MessageRetour"))
        {
            if (code.Match(message.Value) is null)
            {
                context.Report(Rule, message, Expected(code));
            }
        }
    }

    private static string Expected(ReturnCode code) => code.Labels.Count == 1
        ? $"MessageRetour is not the label of {code.Code} in Annexe A: \"{code.Labels[0].Render()}\"."
        : $"MessageRetour is none of the {code.Labels.Count} labels of {code.Code} in Annexe A.";
}
