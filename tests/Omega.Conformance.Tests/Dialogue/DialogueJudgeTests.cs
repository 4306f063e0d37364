using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Conformance.Tests.Dialogue;

public sealed class DialogueJudgeTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Judge_CreationLeftWithoutAppointment_ReportsItOnceTheWindowPassed()
    {
        var clock = new FakeTimeProvider(Start);
        var judge = new DialogueJudge(MhsDialogue.Default, clock);
        var request = MhsRequests.Creer("19112345678901", "2026-12-15");
        var exchanges = new[] { Exchange("CreerDemandeMHS", request, CreatedAnswer(), Start) };

        var open = judge.Judge(exchanges);
        clock.Advance(TimeSpan.FromMinutes(10));
        var left = judge.Judge(exchanges);

        Assert.True(open.IsInSequence);
        Assert.Equal([4, 5, 7], open.Events);
        Assert.False(left.IsInSequence);
        Assert.Equal([MhsDialogueRules.LeftOpen.Id], left.Violations.Select(v => v.RuleId));
        Assert.True(left.Final.IsOver);
    }

    [Fact]
    public void Table_MhsTableau_HasEveryEventOneToEleven()
    {
        var table = MhsService.Instance.Dialogue.Table;

        Assert.Equal(Enumerable.Range(1, 11), table.Numbers.Order());
        Assert.Equal([1, 4], table.Starts);
        Assert.True(table.Allows(3, MhsDemandStatus.AucuneDemande, 4));
        Assert.False(table.Allows(3, MhsDemandStatus.NonValidee, 4));
        Assert.False(table.Allows(5, MhsDemandStatus.Inconnu, 4));
        Assert.True(table.Allows(TableEvent.Fin, MhsDemandStatus.AucuneDemande, 4));
    }

    [Fact]
    public void Rules_Catalogue_ListsTheDialogueRules()
    {
        var ids = ServiceCatalog.Default.Rules.Select(rule => rule.Id).ToList();

        Assert.All(MhsDialogueRules.All, rule => Assert.Contains(rule.Id, ids));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void State_AfterACreation_RoundTripsThroughJson()
    {
        var step = MhsDialogue.Default.Step(
            MhsDialogue.Default.Initial,
            Exchange("CreerDemandeMHS", MhsRequests.Creer("19112345678901", "2026-12-15"), CreatedAnswer(), Start));

        var json = JsonSerializer.Serialize(step.State);
        var back = JsonSerializer.Deserialize<DialogueState>(json)!;

        Assert.Equal(step.State with { Offered = [] }, back with { Offered = [] });
        Assert.Equal(step.State.Offered, back.Offered);
        Assert.Contains("\"en attente de RDV\"", json, StringComparison.Ordinal);
    }

    private static string CreatedAnswer() =>
        Services.Mhs.Dialogue.MhsAnswerXml.Creer(
            "P", MhsReturnCodes.ListeDP, MhsReturnCodes.DatePlageIndisponible,
            Services.Mhs.Dialogue.MhsAnswerXml.Slots("2026-12-16"));

    private static DialogueExchange Exchange(string operation, string request, string response, DateTimeOffset at) =>
        DialogueExchange.Read(operation, Contracts.Validate(request).Message, Contracts.Validate(response).Message, at);
}
