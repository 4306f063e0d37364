using Omega.Conformance.Recording;
using Omega.Conformance.Report;
using Omega.Testing.Recordings;

namespace Omega.Conformance.Tests.Report;

public sealed class ConformanceScoreTests
{
    [Fact]
    public void Of_PassingFailingAndWarningOnlyExchanges_CountsTheWarningOnlyOneAsPassing()
    {
        var warned = CraftedRecording.Exchange(3, "AccepterRdv", m => m with
        {
            Violations = [new RecordedViolation("response", "MHS900", "warning", "/R", 2, "odd")],
        });
        var report = RecordingsReport.Of(
        [
            CraftedRecording.Dialogue(
                CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"),
                CraftedRecording.Exchange(2, "CreerDemandeMHS", m => CraftedRecording.Failing(m))),
            CraftedRecording.Dialogue(warned),
        ]);

        var score = report.Score;

        Assert.Equal((2, 3), (score.Exchanges.Passed, score.Exchanges.Total));
        Assert.Equal((1, 2), (score.Dialogues.Passed, score.Dialogues.Total));
        Assert.Equal(("66.6 %", "2 of 3"), (score.Exchanges.Text, score.Exchanges.Count));
        Assert.Equal(("50 %", "1 of 2"), (score.Dialogues.Text, score.Dialogues.Count));
        Assert.Equal(
            "score: 66.6 % of exchanges pass (2 of 3), 50 % of dialogues without failure (1 of 2)", score.ToString());
    }

    [Fact]
    public void Of_DialogueWhoseEndBrokeAnErrorRule_IsNotWithoutFailureThoughItsExchangesPass()
    {
        var ended = CraftedRecording.Dialogue(CraftedRecording.Exchange(1, "CreerDemandeMHS")) with
        {
            Summary = new DialogueSummary
            {
                DialogueId = "crafted",
                Violations = [new RecordedViolation("exchange", "DLG304", "error", "/", 0, "left open")],
            },
        };

        var score = RecordingsReport.Of([ended]).Score;

        Assert.Equal(("100 %", "0 %"), (score.Exchanges.Text, score.Dialogues.Text));
    }

    [Fact]
    public void Of_NoDialogue_SaysThereIsNothingToScore()
    {
        var score = RecordingsReport.Of([]).Score;

        Assert.Null(score.Exchanges.Percent);
        Assert.Equal(("no exchange", "0 of 0"), (score.Exchanges.Text, score.Exchanges.Count));
        Assert.Equal("no dialogue", score.Dialogues.Text);
        Assert.Equal("score: no exchange, no dialogue", score.ToString());
    }

    [Fact]
    public void Percent_AllButOneOfMany_RoundsDownSoOnlyAllIsAHundred()
    {
        var score = ConformanceScore.Of(exchanges: 10_000, failedExchanges: 1, dialogues: 3, failedDialogues: 0);

        Assert.Equal("99.9 %", score.Exchanges.Text);
        Assert.Equal("100 %", score.Dialogues.Text);
    }

    [Fact]
    public void Of_Listings_ScoresAsTheReportOfTheSameDialogues()
    {
        RecordedDialogue[] dialogues =
        [
            CraftedRecording.Dialogue(
                CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"),
                CraftedRecording.Exchange(2, "CreerDemandeMHS", m => CraftedRecording.Failing(m))),
            CraftedRecording.Dialogue(CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS")),
        ];

        var listed = ConformanceScore.Of([.. dialogues.Select(DialogueListing.Of)]);

        Assert.Equal(RecordingsReport.Of(dialogues).Score, listed);
    }
}
