using Omega.Features.Judging;
using Omega.Features.Scenario;
using Omega.Features.Supplier;
using TechTalk.SpecFlow;

namespace Omega.Features.Steps;

/// <summary>What the supplier does: each call of the MHS dialogue, sent as is or with changes that break it.</summary>
[Binding]
public sealed class WhenSteps(SupplierDialogue dialogue)
{
    private const string WithChanges = "(?:, with (.+))?$";

    [When("^the supplier checks the PCE" + WithChanges)]
    public Task WhenTheSupplierChecksAsync(string changes) =>
        SendAsync(dialogue.Requests.Verifier(dialogue.RequirePce()), changes);

    /// <summary>Without "asking for": the next working day, morning; "without a first appointment": none.</summary>
    [When(@"^the supplier creates an MHS at (the client's|its own) initiative(?: with (option|motif) (\d+))?"
        + "(?: asking for (.+?)|( without a first appointment))?" + WithChanges)]
    public Task WhenTheSupplierCreatesAsync(
        string who, string kind, string value, string slot, string without, string changes)
    {
        var initiative = who == "its own" ? Initiative.Supplier(kind == "motif" ? value : "21")
            : Initiative.Client(kind == "option" ? value : "1");
        var requested = !string.IsNullOrEmpty(without) ? null
            : Slots.Resolve(dialogue, string.IsNullOrEmpty(slot) ? "the next working day in the morning" : slot);
        return SendAsync(dialogue.Requests.Creer(dialogue.RequirePce(), initiative, requested), changes);
    }

    [When("^the supplier proposes (.+?)" + WithChanges)]
    public Task WhenTheSupplierProposesAsync(string slot, string changes) =>
        SendAsync(dialogue.Requests.ProposerDatePlage(dialogue.NumeroDemande, Slots.Resolve(dialogue, slot)), changes);

    [When("^the supplier accepts (.+?)" + WithChanges)]
    public Task WhenTheSupplierAcceptsAsync(string slot, string changes) =>
        SendAsync(dialogue.Requests.AccepterRdv(dialogue.NumeroDemande, Slots.Resolve(dialogue, slot)), changes);

    [When("^the supplier asks for the (next|previous) page" + WithChanges)]
    public Task WhenTheSupplierPagesAsync(string which, string changes) =>
        SendAsync(dialogue.Requests.DemanderPrecSuiv(dialogue.NumeroDemande, which == "next" ? "S" : "P"), changes);

    [When("^the supplier abandons the appointment" + WithChanges)]
    public Task WhenTheSupplierAbandonsTheAppointmentAsync(string changes) =>
        SendAsync(dialogue.Requests.AbandonnerRdv(dialogue.NumeroDemande), changes);

    [When("^the supplier abandons the demand" + WithChanges)]
    public Task WhenTheSupplierAbandonsTheDemandAsync(string changes) =>
        SendAsync(dialogue.Requests.AbandonnerDemande(dialogue.NumeroDemande), changes);

    [When("the supplier asks for the next page of a demand OMEGA never gave")]
    public Task WhenTheSupplierPagesAnUnknownDemandAsync() =>
        dialogue.SendAsync(dialogue.Requests.DemanderPrecSuiv("MHS000000000", "S"));

    [When(@"^(\d+) minutes pass$")]
    public void WhenMinutesPass(int minutes) => dialogue.PassTime(TimeSpan.FromMinutes(minutes));

    private Task<JudgedExchange> SendAsync(SupplierRequest request, string changes)
    {
        if (!string.IsNullOrEmpty(changes))
        {
            Changes.Apply(request, changes);
        }

        return dialogue.SendAsync(request);
    }
}
