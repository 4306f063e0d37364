using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>The position of a synchronisable appointment: first, second or third.</summary>
internal sealed class RetourSynchroInterventionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS213", Severity.Error, "3.3.2.1", "DateProgrammee/RetourSynchroIntervention is 1, 2 or 3.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsAnswers.Object(context)?.Find("DateProgrammee/RetourSynchroIntervention") is { } element
            && element.Value.Trim() is not ("1" or "2" or "3"))
        {
            context.Report(Rule, element, $"RetourSynchroIntervention is '{element.Value}'; OMEGA gives 1, 2 or 3.");
        }
    }
}
