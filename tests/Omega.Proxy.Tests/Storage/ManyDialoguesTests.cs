using Omega.Proxy.Tests.Support;
using Omega.Testing.Postgres;

namespace Omega.Proxy.Tests.Storage;

public sealed class ManyDialoguesTests
{
    private const int Dialogues = 200;

    [Fact]
    public async Task TwoHundredDialogues_SpreadOverTwoInstances_EveryExchangeRecordedOnceInItsOwnDialogue()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await SharedStoreCluster.StartAsync(
            database.Url, instances: 2, SimulatedOmega.WithManyPces(Dialogues));

        // Dialogue i starts on instance i % 2, then its calls alternate.
        var runs = await Task.WhenAll(Enumerable.Range(0, Dialogues).Select(i =>
            MhsDialogueRun.RunAsync(call => cluster.RoundRobin(i + call), SimulatedOmega.ManyPce(i))));

        var recorded = await TwoInstancesTests.ReadAsync(database.Url);
        Assert.Equal(Dialogues, recorded.Count);
        var told = runs.SelectMany(run => run.Select(t => t.ExchangeId)).ToList();
        var kept = recorded.SelectMany(d => d.Exchanges.Select(e => e.Manifest.ExchangeId)).ToList();
        Assert.Equal(told.Order(StringComparer.Ordinal), kept.Order(StringComparer.Ordinal));
        Assert.All(runs.SelectMany(run => run.SkipLast(1)), t => Assert.Equal("pass", t.Verdict));
        foreach (var (run, i) in runs.Select((run, i) => (run, i)))
        {
            var dialogue = Assert.Single(recorded, d => d.Dialogue.NumeroPce == SimulatedOmega.ManyPce(i));
            Assert.Equal(run.Select(t => t.ExchangeId), dialogue.Exchanges.Select(e => e.Manifest.ExchangeId));
            Assert.Equal(Enumerable.Range(1, run.Count), dialogue.Exchanges.Select(e => e.Manifest.Sequence));
            Assert.Single(dialogue.Exchanges.Select(e => e.Manifest.NumeroDemande).Where(n =>
                n is not null).Distinct());
        }
    }
}
