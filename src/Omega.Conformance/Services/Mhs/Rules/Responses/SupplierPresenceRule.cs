using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Responses;

/// <summary>
/// A MHS at the supplier's initiative is a Relève spéciale without the client (PNO). The initiative
/// is in the CreerDemandeMHS request: without it the rule cannot judge. The check's request carries
/// no initiative, and its list describes the client's options.
/// </summary>
internal sealed class SupplierPresenceRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS217",
        Severity.Error,
        "3.2.2.1",
        "At the supplier's initiative, the CreerDemandeMHS answer gives PresenceClient PNO (option 1 only; "
            + "needs the request).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsAnswers.IsAnswer(context)
            || context.Binding.Operation != MhsOperations.CreerDemandeMHS
            || MhsAnswers.Object(context)?.Child("PresenceClient") is not { } presence
            || presence.Value.Trim() == "PNO")
        {
            return;
        }

        if (context.Exchange?.Request is not { } request)
        {
            context.CannotJudge(Rule, presence.Path, "needs the request: its FournisseurMHS");
        }
        else if (MhsRequests.Initiative(request) == MhsInitiative.Fournisseur)
        {
            context.Report(
                Rule,
                presence,
                $"The request is at the supplier's initiative: PresenceClient is PNO, not '{presence.Value}'.");
        }
    }
}
