using System.Globalization;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Services.Mhs;
using Omega.Features.Judging;
using Omega.Features.Scenario;
using TechTalk.SpecFlow;
using Xunit;

namespace Omega.Features.Steps;

/// <summary>What the scenarios expect of OMEGA's answer, of the dialogue, and of omega's verdict.</summary>
[Binding]
public sealed class ThenSteps(SupplierDialogue dialogue)
{
    [Then(@"^the dialogue goes on with code (\w+)(?: and between (\d+) and (\d+) slots)?$")]
    public void ThenTheDialogueGoesOn(string code, string? least, string? most)
    {
        Answered("P", code);
        if (!string.IsNullOrEmpty(least))
        {
            ThenOmegaOffersSlots(
                int.Parse(least, CultureInfo.InvariantCulture), int.Parse(most!, CultureInfo.InvariantCulture));
        }
    }

    [Then(@"^OMEGA offers between (\d+) and (\d+) slots$")]
    public void ThenOmegaOffersSlots(int least, int most)
    {
        var last = dialogue.Last;
        Assert.True(last.Answered, $"{last.Operation}: no answer came, so no slot.");
        Assert.InRange(MhsAnswerFields.Slots(last.Response!), least, most);
    }

    [Then(@"^the dialogue goes on with code (\w+) ""(.+)""$")]
    public void ThenTheDialogueGoesOnWithLabel(string code, string label) => Labelled(Answered("P", code), code, label);

    [Then(@"^the dialogue ends with code (\w+)$")]
    public void ThenTheDialogueEnds(string code) => Answered("T", code);

    [Then(@"^the dialogue ends with code (\w+) ""(.+)""$")]
    public void ThenTheDialogueEndsWithLabel(string code, string label) => Labelled(Answered("T", code), code, label);

    [Then(@"^OMEGA abandons the dialogue with DmdKo(?: ""(.+)"")?$")]
    public void ThenOmegaAbandons(string label)
    {
        var last = Answered("A", MhsReturnCodes.DmdKo.Code);
        if (!string.IsNullOrEmpty(label))
        {
            Labelled(last, MhsReturnCodes.DmdKo.Code, label);
        }
    }

    [Then("OMEGA refuses the request with a SOAP Fault")]
    public void ThenOmegaRefusesWithAFault()
    {
        var last = dialogue.Last;
        Assert.True(last.IsFault, $"{last.Operation}: expected a SOAP Fault, got HTTP {last.Answer.Status}.");
        Assert.InRange(last.Answer.Status ?? 0, 400, 599);
    }

    [Then("no answer comes")]
    public void ThenNoAnswerComes()
    {
        var last = dialogue.Last;
        Assert.False(
            last.Answered, $"{last.Operation}: an answer came, {last.TypeRetourDialogue} / {last.CodeRetour}.");
    }

    [Then(@"^the demand is ""(.+)""$")]
    public void ThenTheDemandIs(string status) => Assert.Equal(status, dialogue.State.Status);

    [Then("the dialogue has ended past its window")]
    public void ThenTheDialogueEndedPastItsWindow()
    {
        Assert.True(dialogue.State.IsOver, "The dialogue is still open.");
        Assert.Equal("Fin(>5min)", dialogue.Transitions[^1].Note);
    }

    [Then(@"^omega finds the request breaks (.+?)(?: alone|, nothing else)$")]
    public void ThenOmegaFindsTheRequestBreaks(string rules)
    {
        var last = dialogue.Last;
        var expected = rules.Split(" and ").Order(StringComparer.Ordinal).ToList();
        var found = last.RequestViolations.Select(v => v.RuleId).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToList();
        var shown = found.Count == 0 ? "nothing" : string.Join(", ", found);
        Assert.True(found.SequenceEqual(expected),
            $"omega finds in the {last.Operation} request: {shown}; "
            + $"expected {rules}.\n{SupplierDialogue.Describe(last.RequestViolations)}");
        dialogue.Asserted(last);
    }

    [Then("omega finds the supplier left the dialogue open")]
    public void ThenOmegaFindsTheDialogueLeftOpen() =>
        Assert.Contains(dialogue.DialogueEnds, v => v.RuleId == "DLG304");

    [Then(@"^the Date Demandée is (.+)$")]
    public void ThenTheDateDemandeeIs(string slot) =>
        Assert.Equal(Slots.Resolve(dialogue, slot).Date, MhsAnswerFields.DateDemandee(dialogue.Last.Response!));

    [Then(@"^OMEGA gives PresenceClient (\w+)$")]
    public void ThenOmegaGivesPresenceClient(string presence) =>
        Assert.Equal(presence, MhsAnswerFields.PresenceClient(dialogue.Last.Response!));

    [Then(@"^the check offers the options (.+)$")]
    public void ThenTheCheckOffers(string options) =>
        Assert.Equal(options.Split(", "), MhsAnswerFields.Options(dialogue.Last.Response!));

    [Then("the programmed date is the slot accepted")]
    public void ThenTheProgrammedDateIsTheSlotAccepted()
    {
        var accepted = dialogue.Last.Request;
        var programmed = MhsAnswerFields.DateProgrammee(dialogue.Last.Response!);
        Assert.Equal(accepted.Get("DatePlage/Date"), programmed?.Date);
    }

    private JudgedExchange Answered(string type, string code)
    {
        var last = dialogue.Last;
        Assert.True(
            last.Answered, $"{last.Operation}: no answer came ({last.Answer.Lost ?? "HTTP " + last.Answer.Status}).");
        Assert.True(last.TypeRetourDialogue == type && last.CodeRetour == code,
            $"{last.Operation}: OMEGA answered \"{last.TypeRetourDialogue}\" / {last.CodeRetour} "
            + $"({string.Join(" | ", last.MessageRetour)}); expected \"{type}\" / {code}.");
        return last;
    }

    /// <summary>The label must be one of Annexe A for that code, and OMEGA must have sent it.</summary>
    private static void Labelled(JudgedExchange last, string code, string label)
    {
        var annex = MhsReturnCodes.Find(code)!.Labels
            .FirstOrDefault(l => l.Text.Trim().StartsWith(label.Trim(), StringComparison.Ordinal));
        Assert.True(annex is not null, $"\"{label}\" is no label of {code} in Annexe A.");
        Assert.True(last.MessageRetour.Any(annex.Matches),
            $"{last.Operation}: OMEGA's MessageRetour is {string.Join(" | ", last.MessageRetour)}; "
            + $"expected \"{label}\".");
    }
}
