using System.Net.Http.Json;
using Omega.Conformance.Export.Features;
using Omega.Features.Scenario;
using Omega.Features.Supplier;
using TechTalk.SpecFlow;

namespace Omega.Features.Steps;

/// <summary>The situations a scenario starts from: the PCE it plays, the supplier, OMEGA's hours.</summary>
[Binding]
public sealed class GivenSteps(SupplierDialogue dialogue)
{
    /// <summary>The role each sentence of the scenarios names, which a target profile maps to a PCE.</summary>
    private static readonly Dictionary<string, string> Roles =
        PceRoles.Sentences.ToDictionary(role => role.Value, role => role.Key, StringComparer.Ordinal);

    [Given(@"^(an? .*PCE.*)$")]
    public void GivenAPce(string words)
    {
        if (!Roles.TryGetValue(words, out var role))
        {
            throw new InvalidOperationException(
                $"The suite knows no PCE \"{words}\"; it knows: {string.Join("; ", Roles.Keys)}.");
        }

        dialogue.Play(role);
    }

    [Given("our CAD is suspended")]
    public void GivenOurCadIsSuspended() => dialogue.Requests.NumeroCad = dialogue.Cad("suspended");

    [Given(@"^the supplier speaks NumeroVersion (V\d+)$")]
    public void GivenTheSupplierSpeaks(string version) => dialogue.Requests.Version = version;

    [Given("OMEGA is closed")]
    public void GivenOmegaIsClosed() => dialogue.Target.Clock.MoveToClosedHours();

    [Given("OMEGA is under maintenance")]
    public void GivenOmegaIsUnderMaintenance() => dialogue.Target.Clock.MoveToMaintenance();

    /// <summary>Finds a free slot the way a supplier would: a demand that lists them, abandoned at once.</summary>
    [Given("a free slot OMEGA offered to an earlier demand, abandoned since")]
    public async Task GivenAFreeSlotAsync()
    {
        var pce = dialogue.RequirePce();
        var sunday = Slots.Resolve(dialogue, "a Sunday morning");
        await dialogue.SendAsync(dialogue.Requests.Creer(pce, Initiative.Client(), sunday));
        dialogue.Remembered = Slots.Resolve(dialogue, "the first offered slot");
        await dialogue.SendAsync(dialogue.Requests.AbandonnerDemande(dialogue.NumeroDemande));
    }

    /// <summary>Through the fault board of an omega stub: the connection of that call is reset, once.</summary>
    [Given(@"^the answer to the next (\w+) gets lost$")]
    [When(@"^the answer to the next (\w+) gets lost$")]
    public async Task GivenTheNextAnswerGetsLostAsync(string operation)
    {
        var board = dialogue.Target.FaultBoard ?? throw new InvalidOperationException(
            $"The target profile '{dialogue.Target.Name}' has no fault board (\"faults\") to make an answer get lost.");
        var fault = new { kind = "reset", operation, pce = dialogue.RequirePce().NumeroPce, times = 1 };
        using var response = await dialogue.Target.Client.PostAsJsonAsync(board, fault);
        response.EnsureSuccessStatusCode();
    }
}
