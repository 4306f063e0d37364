using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>
/// The electricity appointments on the same premises are returned to clients above V4 only. The
/// version is the request's: without the request the rule cannot judge.
/// </summary>
internal sealed class SynchroVersionRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS211",
        Severity.Error,
        "3.3.2.2",
        "RetourSynchroInterventions is returned only when the request's NumeroVersion is above V4 "
            + "(needs the request).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsAnswers.Object(context)?.Child("RetourSynchroInterventions") is not { } element)
        {
            return;
        }

        if (context.Exchange?.Request is not { } request)
        {
            context.CannotJudge(Rule, element.Path, "needs the request: its NumeroVersion");
        }
        else if (MhsRequests.Version(request) is not { } version)
        {
            context.CannotJudge(Rule, element.Path, "the request's NumeroVersion does not read as a version");
        }
        else if (version <= 4)
        {
            context.Report(
                Rule, element, $"RetourSynchroInterventions is returned above V4 only; the request is V{version}.");
        }
    }
}
