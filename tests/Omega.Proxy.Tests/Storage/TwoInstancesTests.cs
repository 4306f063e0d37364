using Omega.Conformance.Recording;
using Omega.Conformance.Storage;
using Omega.Proxy.Tests.Support;
using Omega.Testing.Mhs;
using Omega.Testing.Postgres;

namespace Omega.Proxy.Tests.Storage;

/// <summary>Proxy instances sharing one PostgreSQL store judge each dialogue as one instance would.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task Dialogue_CallsAlternatingBetweenTwoInstances_IsJudgedExactlyAsOnOneInstance()
    {
        await using var alone = await SimulatedOmega.StartAsync();
        var expected = await MhsDialogueRun.RunAsync(_ => alone.Proxy);
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await SharedStoreCluster.StartAsync(database.Url, instances: 2);

        var actual = await MhsDialogueRun.RunAsync(cluster.RoundRobin);

        Assert.Equal(expected.Select(t => t.Judged), actual.Select(t => t.Judged));
        Assert.Contains("DLG302", actual[^1].Rules, StringComparison.Ordinal);
        var one = Assert.Single(FileRecordingReader.Read([alone.Proxy.Recordings]));
        var shared = Assert.Single(await ReadAsync(database.Url));
        Assert.Equal(Course(one), Course(shared));
    }

    [Fact]
    public async Task Dialogue_CheckOnOneInstanceCreationOnTheOther_IsOneDialogue()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await SharedStoreCluster.StartAsync(database.Url, instances: 2);

        (await cluster.Proxies[0].PostAsync(MhsRequests.Verifier(MhsDialogueRun.Pce6M))).Dispose();
        (await cluster.Proxies[1].PostAsync(MhsRequests.Creer(MhsDialogueRun.Pce6M, "2026-12-16", "MATIN"))).Dispose();

        var dialogue = Assert.Single(await ReadAsync(database.Url));
        Assert.Equal(["VerifierRecevabiliteMHS", "CreerDemandeMHS"], dialogue.Exchanges.Select(e =>
            e.Manifest.Operation));
        Assert.Equal([1, 2], dialogue.Exchanges.Select(e => e.Manifest.Sequence));
    }

    [Fact]
    public async Task RacingCalls_OfOneDemandOnTwoInstances_EachTakeTheirOwnRankOnTheStateTheOthersLeft()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var cluster = await SharedStoreCluster.StartAsync(database.Url, instances: 2);
        (await cluster.Proxies[0].PostAsync(MhsRequests.Verifier(MhsDialogueRun.Pce6M))).Dispose();
        using var created = await cluster.Proxies[1].PostAsync(MhsRequests.Creer(MhsDialogueRun.Pce6M, "2026-12-16",
            "MATIN"));
        var numero = Omega.Testing.Contracts.Validate(await created.Content.ReadAsStringAsync()).Message!
            .FindDescendant("NumeroDemande")!.Value;

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
            (await cluster.RoundRobin(i).PostAsync(MhsRequests.DemanderPrecSuiv(numero))).Dispose()));

        var dialogue = Assert.Single(await ReadAsync(database.Url));
        Assert.Equal(Enumerable.Range(1, 18), dialogue.Exchanges.Select(e => e.Manifest.Sequence).Order());
        Assert.All(dialogue.Exchanges, e => Assert.DoesNotContain(e.Manifest.Violations, v =>
            v.Rule.StartsWith("DLG", StringComparison.Ordinal)));
    }

    internal static async Task<IReadOnlyList<RecordedDialogue>> ReadAsync(string url)
    {
        await using var store = RecordingStores.Open(StoreLocation.TryParse(url, out _)!);
        return await store.Recordings.ReadAsync(DialogueQuery.All, CancellationToken.None);
    }

    /// <summary>
    /// The dialogue's course, exchange by exchange: rank, operation, verdict, rules, events and state after.
    /// </summary>
    private static IEnumerable<string> Course(RecordedDialogue dialogue) => dialogue.Exchanges.Select(e =>
    {
        var m = e.Manifest;
        return $"{m.Sequence} {m.Operation} {m.Verdict} [{string.Join(',', m.Violations.Select(v => v.Rule))}] "
            + $"{string.Join(',', m.Transitions.Select(t => t.Event))} "
                + $"{System.Text.Json.JsonSerializer.Serialize(m.DialogueAfter)}";
    });
}
