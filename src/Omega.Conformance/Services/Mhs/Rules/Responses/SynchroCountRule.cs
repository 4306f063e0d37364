using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>OMEGA names at most three appointments to synchronise with.</summary>
internal sealed class SynchroCountRule : IRule
{
    public const int Max = 3;

    public static readonly RuleDescriptor Rule = new(
        "MHS212", Severity.Error, "3.3.2.1", "RetourSynchroInterventions appears at most 3 times.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context) =>
        Limit.Report(context, Rule, "RetourSynchroInterventions", Max, "appointments to synchronise with");
}
