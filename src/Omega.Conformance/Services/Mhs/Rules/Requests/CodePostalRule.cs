using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>CodePostal, optional, is a French postal code when filled: 5 digits.</summary>
internal sealed class CodePostalRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS107", Severity.Error, "3.2.1.2, 3.3.1.2", "CodePostal, when filled, is 5 digits.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (Fields.Filled(MhsRequests.PceHolder(context), "CodePostal") is { } element
            && !Digits.AreExactly(element.Value.AsSpan().Trim(), 5))
        {
            context.Report(Rule, element, $"CodePostal '{element.Value}' is not 5 digits.");
        }
    }
}
