using Omega.Features.Coverage;
using Omega.Features.Scenario;
using Omega.Features.Supplier;
using TechTalk.SpecFlow;

namespace Omega.Features.Steps;

/// <summary>
/// Around each scenario: the clock back to open hours before; after, every request omega found
/// something in was meant, every coverage tag was borne out, and no demand is left waiting.
/// </summary>
[Binding]
public sealed class Hooks(SupplierDialogue dialogue, ScenarioContext scenario)
{
    [BeforeScenario]
    public void StartScenario() => dialogue.Target.Clock.StartScenario();

    [AfterScenario(Order = 0)]
    public async Task CheckAndCleanUpAsync()
    {
        var failure = scenario.TestError;
        try
        {
            if (failure is null)
            {
                Verify();
            }
        }
        finally
        {
            await LeaveNoDemandWaitingAsync();
        }
    }

    private void Verify()
    {
        if (dialogue.Unasserted.Count > 0)
        {
            var exchange = dialogue.Unasserted.First();
            throw new InvalidOperationException(
                $"omega finds in the {exchange.Operation} request what no step expected:\n"
                + SupplierDialogue.Describe(exchange.RequestViolations));
        }

        var tags = scenario.ScenarioInfo.Tags;
        var unproven = ScenarioCoverage.Unproven(tags, dialogue);
        if (unproven.Count > 0)
        {
            throw new InvalidOperationException(
                "The scenario's run does not bear out its tags @" + string.Join(", @", unproven.SkipLast(1))
                + "\n" + unproven[^1]);
        }
    }

    /// <summary>A demand left "en attente de RDV" would be judged left open by the next scenario on its PCE.</summary>
    private async Task LeaveNoDemandWaitingAsync()
    {
        var state = dialogue.State;
        if (state is { IsOver: false, AwaitsSupplier: true, NumeroDemande: { } numero })
        {
            var request = dialogue.Requests.AbandonnerDemande(numero);
            await WireAnswer.SendAsync(dialogue.Target.Client, dialogue.Target.ServiceUrl, request);
        }
    }
}
