using Omega.Conformance.Dialogue;
using Omega.Conformance.Recording;
using Omega.Conformance.Report;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Recordings;

namespace Omega.Conformance.Tests.Report;

public sealed class SpecificationCoverageTests
{
    [Fact]
    public void Of_TwoDialogues_CountsEachRowTakenAndLinksTheFirstExchangeThatTookIt()
    {
        const string None = MhsDemandStatus.AucuneDemande;
        var first = CraftedRecording.Dialogue(
            Taking(1, "VerifierRecevabiliteMHS", (1, None), (3, None)), Taking(2, "CreerDemandeMHS", (4, None)));
        var second = CraftedRecording.Dialogue(Taking(1, "VerifierRecevabiliteMHS", (1, None)));

        var coverage = Coverage(first, second);

        var verifier = Row(coverage, 1, None);
        Assert.Equal(2, verifier.Times);
        Assert.Equal("d1-x1", verifier.First?.Anchor);
        Assert.EndsWith(", 0001 VerifierRecevabiliteMHS", verifier.First?.Seen, StringComparison.Ordinal);
        var creer = Row(coverage, 4, None);
        Assert.Equal((1, "d1-x2"), (creer.Times, creer.First?.Anchor));
        Assert.False(Row(coverage, 3, MhsDemandStatus.PceInconnu).Taken);
        Assert.Null(Row(coverage, 3, MhsDemandStatus.PceInconnu).First);
        Assert.Equal(3, coverage.TransitionsTaken);
        Assert.Equal(MhsTableau.Table.Events.Count, coverage.Transitions.Count);
    }

    [Fact]
    public void Of_EndOfADialogue_CountsItsTransitionsButNotFinWhichIsNoRow()
    {
        var ended = CraftedRecording.Dialogue(Taking(1, "CreerDemandeMHS")) with
        {
            Summary = new DialogueSummary
            {
                DialogueId = "crafted",
                Transitions =
                [
                    Taken(MhsTableau.CreerAttente, MhsDemandStatus.Inconnu),
                    Taken(TableEvent.Fin, MhsDemandStatus.Inconnu) with { Note = "Fin(>5min)" },
                ],
            },
        };

        var coverage = Coverage(ended);

        Assert.Equal("d1-end", Row(coverage, MhsTableau.CreerAttente, MhsDemandStatus.Inconnu).First?.Anchor);
        Assert.Equal(1, coverage.TransitionsTaken);
    }

    [Fact]
    public void Of_Answers_CountsEachCodeOfAnnexeAAndKeepsOthersApart()
    {
        var unknown = System.Text.Encoding.UTF8.GetBytes(
            File.ReadAllText(Omega.Testing.RepositoryPaths.Example("ReponseWSAccepterRdv"))
                .Replace(">DmdOkDP<", ">Inventé<", StringComparison.Ordinal));
        var coverage = Coverage(CraftedRecording.Dialogue(
            CraftedRecording.Exchange(1, "AccepterRdv"),
            CraftedRecording.Exchange(2, "AccepterRdv"),
            CraftedRecording.Exchange(3, "AccepterRdv", response: unknown)));

        var dmdOkDp = Assert.Single(coverage.Codes, c => c.Code == "DmdOkDP");
        Assert.Equal((2, "T", "d1-x1"), (dmdOkDp.Times, dmdOkDp.TypeRetourDialogue, dmdOkDp.First?.Anchor));
        Assert.Equal(MhsReturnCodes.All.Select(c => c.Code), coverage.Codes.Select(c => c.Code));
        var other = Assert.Single(coverage.OtherCodes);
        Assert.Equal(("Inventé", 1, null), (other.Code, other.Times, other.Situation));
        Assert.Equal(1, coverage.CodesSeen);
        Assert.Equal("0 of 17 transitions taken, 1 of 6 codes seen", coverage.Summary);
    }

    [Fact]
    public void Of_NoDialogue_TakesNothingAndSeesNothing()
    {
        var coverage = Coverage();

        Assert.All(coverage.Transitions, t => Assert.Equal((0, null), (t.Times, t.First)));
        Assert.All(coverage.Codes, c => Assert.False(c.Seen));
        Assert.Empty(coverage.OtherCodes);
        Assert.Equal("0 of 17 transitions taken, 0 of 6 codes seen", coverage.Summary);
    }

    private static SpecificationCoverage Coverage(params RecordedDialogue[] dialogues) =>
        SpecificationCoverage.Of(RecordingsReport.Of(dialogues), MhsTableau.Table, MhsReturnCodes.All);

    private static CoveredTransition Row(SpecificationCoverage coverage, int number, string status) =>
        Assert.Single(coverage.Transitions, t => t.Row.Number == number && t.Row.Status == status);

    private static TakenTransition Taken(int number, string status) =>
        new(number, "test", status, CraftedRecording.Start);

    /// <summary>An exchange of an operation whose manifest recorded the transitions given.</summary>
    private static RecordedExchange Taking(int sequence, string operation, params (int Event, string Status)[] rows) =>
        CraftedRecording.Exchange(sequence, operation, m => m with
        {
            Transitions = [.. rows.Select(r => Taken(r.Event, r.Status))],
        });
}
