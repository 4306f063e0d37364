using Omega.Conformance.Recording;
using Omega.Conformance.Report;
using Omega.Testing.Recordings;

namespace Omega.Conformance.Tests.Report;

public sealed class RecordingsReportTests
{
    [Fact]
    public void Of_DialogueWithFailures_CountsThemAndListsBrokenRulesErrorsFirst()
    {
        var failing = CraftedRecording.Dialogue(
            CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS", m => m with
            {
                Violations = [new RecordedViolation("response", "MHS900", "warning", "/R", 2, "odd")],
            }),
            CraftedRecording.Exchange(2, "CreerDemandeMHS", m => CraftedRecording.Failing(m, "MHS211")),
            CraftedRecording.Exchange(3, "AccepterRdv", m => CraftedRecording.Failing(m, "MHS211")));
        var passing = CraftedRecording.Dialogue(CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"));

        var report = RecordingsReport.Of([failing, passing]);

        Assert.Equal(4, report.ExchangeCount);
        Assert.Equal(2, report.FailedExchanges);
        Assert.Equal(1, report.FailedDialogues);
        Assert.Equal(
            [("MHS211", "error", 2, "d1-x2"), ("MHS900", "warning", 1, "d1-x1")],
            report.BrokenRules.Select(r => (r.Rule, r.Severity, r.Count, r.FirstAnchor)));
        Assert.EndsWith("0002 CreerDemandeMHS", report.BrokenRules[0].FirstSeen, StringComparison.Ordinal);
        Assert.Equal(["d1", "d2"], report.Dialogues.Select(d => d.Anchor));
    }

    [Fact]
    public void Of_Exchange_ReadsItsAnswerAndTheDialogueState()
    {
        var report = RecordingsReport.Of([CraftedRecording.Dialogue(CraftedRecording.Exchange(1, "AccepterRdv"))]);

        var dialogue = Assert.Single(report.Dialogues);
        var exchange = Assert.Single(dialogue.Exchanges);
        Assert.Equal("T DmdOkDP", exchange.Answer.Summary);
        Assert.True(exchange.Forwarded);
        Assert.Equal(2.5, exchange.ProxyMs);
        Assert.Equal("en attente de RDV", dialogue.FinalStatus);
        Assert.Equal("MHS000123456", dialogue.NumeroDemande);
    }

    [Fact]
    public void Of_DialogueEndedByTheModelWithAViolation_FailsAndNamesItsEnd()
    {
        var exchange = CraftedRecording.Exchange(1, "CreerDemandeMHS");
        var ended = CraftedRecording.Dialogue(exchange) with
        {
            Summary = new DialogueSummary
            {
                DialogueId = "crafted",
                Violations = [new RecordedViolation("exchange", "DLG304", "error", "/", 0, "left open")],
            },
        };

        var report = RecordingsReport.Of([ended]);

        Assert.True(report.Dialogues[0].Failed);
        Assert.Equal("d1-end", Assert.Single(report.BrokenRules).FirstAnchor);
    }
}
