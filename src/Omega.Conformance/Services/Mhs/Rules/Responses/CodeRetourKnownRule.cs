using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>OMEGA answers with the codes of Annexe A, and no other.</summary>
internal sealed class CodeRetourKnownRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS202", Severity.Error, "Annexe A", "CodeRetour is a code of Annexe A.");

    private static readonly string Known = string.Join(", ", MhsReturnCodes.All.Select(code => code.Code));

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsAnswers.IsAnswer(context)
            && context.Message.Find("Retour/CodeRetour") is { } element
            && MhsReturnCodes.Find(element.Value.Trim()) is null)
        {
            context.Report(Rule, element, $"CodeRetour '{element.Value}' is not a code of Annexe A ({Known}).");
        }
    }
}
