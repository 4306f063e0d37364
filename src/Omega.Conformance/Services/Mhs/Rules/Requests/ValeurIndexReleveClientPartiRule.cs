using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// When the client has left and nobody can reach the meter, the technician will read nothing: the
/// supplier gives the index. Whether the PCE is inaccessible is known to OMEGA, not to the message.
/// </summary>
internal sealed class ValeurIndexReleveClientPartiRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS117",
        Severity.Error,
        "3.3.1.2",
        "Option 8 (Client parti) at the client's initiative on an inaccessible PCE has a ValeurIndexReleve "
            + "(needs the PCE).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (MhsRequests.DonneesTypeDemande(context) is not { } donnees
            || donnees.Child("OptionPrestation")?.Value.Trim() != MhsOptions.ClientParti
            || MhsRequests.Initiative(context.Message) != MhsInitiative.Client
            || Fields.Filled(donnees, "ValeurIndexReleve") is not null)
        {
            return;
        }

        var path = donnees.PathOf("ValeurIndexReleve");
        if (context.Exchange?.Pce is not { } pce)
        {
            context.CannotJudge(Rule, path, "needs what OMEGA knows of the PCE: is it inaccessible?");
        }
        else if (pce.IsInaccessible)
        {
            context.ReportMissing(
                Rule,
                donnees,
                "ValeurIndexReleve",
                "The client has left (option 8) and the PCE is inaccessible: ValeurIndexReleve must be filled.");
        }
    }
}
