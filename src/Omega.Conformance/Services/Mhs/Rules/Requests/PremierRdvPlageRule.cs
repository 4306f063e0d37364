using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// A 6M or 1M PCE gets an appointment on a slot, so the first appointment asked for names one. The
/// reading frequency is known to OMEGA, not to the message.
/// </summary>
internal sealed class PremierRdvPlageRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS121",
        Severity.Error,
        "3.3.1.1",
        "PremierRdvDemande has a Plage for a 6M or 1M PCE (needs the PCE).");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsRequests.IsCreerDemande(context)
            || context.Message.Find("Demande/PremierRdvDemande") is not { } rdv
            || Fields.Filled(rdv, "Plage") is not null)
        {
            return;
        }

        if (context.Exchange?.Pce is not { } pce)
        {
            context.CannotJudge(Rule, rdv.PathOf("Plage"), "needs what OMEGA knows of the PCE: its reading frequency");
        }
        else if (pce.TakesSlots)
        {
            var message = $"The PCE is read {pce.Frequence}: an appointment needs a Plage.";
            if (rdv.Child("Plage") is { } blank)
            {
                context.Report(Rule, blank, message);
            }
            else
            {
                context.ReportMissing(Rule, rdv, "Plage", message);
            }
        }
    }
}
