using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>OMEGA offers at most 24 slots at once; the supplier pages through the rest.</summary>
internal sealed class ListeDatePlageCountRule : IRule
{
    public const int Max = 24;

    public static readonly RuleDescriptor Rule = new(
        "MHS207", Severity.Error, "3.3.2.1", "ListeDatePlage holds at most 24 slots.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context) => Limit.Report(context, Rule, "ListeDatePlage", Max, "slots");
}
