using Omega.Conformance.Dialogue;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Mhs;
using static Omega.Conformance.Tests.Services.Mhs.Dialogue.DialogueScript;

namespace Omega.Conformance.Tests.Services.Mhs.Dialogue;

/// <summary>Steps 1 and 2 of the tableau d'états: events 1 to 7.</summary>
public sealed class MhsDialogueCheckAndCreateTests
{
    private const int Fin = TableEvent.Fin;
    private const string Verifier = "VerifierRecevabiliteMHS";
    private const string Creer = "CreerDemandeMHS";

    [Fact]
    public void Step_CheckRecevable_TakesEvents1To3AndWaitsForCreation()
    {
        var script = new DialogueScript();

        script.Play(Verifier, MhsRequests.Verifier(Pce), MhsAnswerXml.Recevable());

        Assert.Equal([1, 2, 3], script.Events);
        Assert.Equal(MhsDemandStatus.AucuneDemande, script.State.Status);
        Assert.False(script.State.IsOver);
        Assert.Equal(Pce, script.State.NumeroPCE);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_CheckOnUnknownPce_EndsWithStatus022()
    {
        var script = new DialogueScript();

        script.Play(
            Verifier, MhsRequests.Verifier(Pce), MhsAnswerXml.CheckRefused(MhsReturnCodes.PceInconnu, " (E01)"));

        Assert.Equal([1, 2, 3, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.PceInconnu, script.State.Status);
        Assert.Equal("022", MhsDemandStatus.CodeOf(script.State.Status));
        Assert.True(script.State.IsOver);
    }

    [Fact]
    public void Step_CheckRefusedOtherwise_EndsWithStatus023()
    {
        var script = new DialogueScript();

        script.Play(
            Verifier, MhsRequests.Verifier(Pce), MhsAnswerXml.CheckRefused(MhsReturnCodes.HabilitationIncorrecte));

        Assert.Equal([1, 2, 3, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.NonValidee, script.State.Status);
        Assert.Equal("A", script.Transitions[^1].Note);
    }

    [Fact]
    public void Step_CheckUnanswered_WaitsAtEvent2ThenEndsPastTheWindow()
    {
        var script = new DialogueScript();

        script.Play(Verifier, MhsRequests.Verifier(Pce), response: null);
        script.Clock.Advance(TimeSpan.FromMinutes(6));
        script.Expire();

        Assert.Equal([1, 2, Fin], script.Events);
        Assert.Equal("Fin(>5min)", script.Transitions[^1].Note);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_CheckRepeatedAfterALostAnswer_IsAllowed()
    {
        var script = new DialogueScript();

        script.Play(Verifier, MhsRequests.Verifier(Pce), response: null);
        script.Play(Verifier, MhsRequests.Verifier(Pce), MhsAnswerXml.Recevable());

        Assert.Equal([1, 2, 1, 2, 3], script.Events);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_CreationAfterCheck_TakesEvents4To7AndAwaitsAnAppointment()
    {
        var script = new DialogueScript().Created();

        Assert.Equal([1, 2, 3, 4, 5, 7], script.Events);
        Assert.Equal(MhsDemandStatus.EnAttenteDeRdv, script.State.Status);
        Assert.True(script.State.AwaitsSupplier);
        Assert.Equal(MhsAnswerXml.Numero, script.State.NumeroDemande);
        Assert.Equal("2026-12-15", script.State.DateDemandee);
        Assert.Equal(["2026-12-16 MATIN", "2026-12-17 MATIN"], script.State.Offered.Select(s => s.ToString()));
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_DirectCreationWithoutCheck_IsAllowed()
    {
        var script = new DialogueScript();

        script.Play(Creer, MhsRequests.Creer(Pce, "2026-12-15"), MhsAnswerXml.Creer(
            "P", MhsReturnCodes.DatePlageH, MhsReturnCodes.DatePlageDisponible, MhsAnswerXml.Programmee("2026-12-15")));

        Assert.Equal([4, 5, 7], script.Events);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_CreationRefused_TakesEvent6AndMayBeSentAgain()
    {
        var script = new DialogueScript();
        var refused = MhsAnswerXml.Creer("A", MhsReturnCodes.DmdKo, MhsReturnCodes.TelephoneIncorrect, numero: null);

        script.Play(Creer, MhsRequests.Creer(Pce, telephone: "04 78"), refused);
        script.Play(Creer, MhsRequests.Creer(Pce, "2026-12-15"), MhsAnswerXml.Creer(
            "T", MhsReturnCodes.DmdOkDD, MhsReturnCodes.RdvDateDemandee, MhsAnswerXml.Demandee("2026-12-15")));

        Assert.Equal([4, 5, 6, Fin, 4, 5, 7, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.AucuneDemande, script.Transitions[2].Status);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_CreationAtDateDemandee_EndsEnAttenteDeRdvWithTheDate()
    {
        var script = new DialogueScript();

        script.Play(Creer, MhsRequests.Creer(Pce, "2026-12-15"), MhsAnswerXml.Creer(
            "T", MhsReturnCodes.DmdOkDD, MhsReturnCodes.RdvDateDemandee, MhsAnswerXml.Demandee("2026-12-15")));

        Assert.Equal([4, 5, 7, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.EnAttenteDeRdv, script.State.Status);
        Assert.Equal("2026-12-15", script.State.DateDemandee);
        Assert.True(script.State.IsOver);
    }

    [Fact]
    public void Step_CreationWithoutIntervention_EndsEnCoursDeRealisation()
    {
        var script = new DialogueScript();

        script.Play(Creer, MhsRequests.Creer(Pce), MhsAnswerXml.Creer(
            "T", MhsReturnCodes.DmdOkDD, MhsReturnCodes.DemandeSansIntervention, MhsAnswerXml.Demandee("2026-12-15")));

        Assert.Equal([4, 5, 7, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.EnCoursDeRealisation, script.State.Status);
    }

    [Fact]
    public void Step_CreationUnanswered_LeavesTheStatusUnknown()
    {
        var script = new DialogueScript();

        script.Play(Creer, MhsRequests.Creer(Pce), response: null);

        Assert.Equal([4, 5], script.Events);
        Assert.Equal(MhsDemandStatus.Inconnu, script.State.Status);
    }

    [Fact]
    public void Step_CreationSentAgainAfterALostAnswer_WarnsOfABlindRetry()
    {
        var script = new DialogueScript();

        script.Play(Creer, MhsRequests.Creer(Pce), response: null);
        script.Play(Creer, MhsRequests.Creer(Pce), response: null);

        var violation = Assert.Single(script.Violations);
        Assert.Equal(MhsDialogueRules.BlindRetry.Id, violation.RuleId);
        Assert.Equal(Omega.Conformance.Validation.Severity.Warning, violation.Severity);
    }

    [Fact]
    public void Step_CheckAnsweredT_DoesNotFitTheStep()
    {
        var script = new DialogueScript();
        var answer = MhsAnswerXml.CheckRefused(MhsReturnCodes.DemandeRecevable).Replace(
            ">A<", ">T<", StringComparison.Ordinal);

        script.Play(Verifier, MhsRequests.Verifier(Pce), answer);

        Assert.Equal([MhsDialogueRules.AnswerFitsStep.Id], script.RuleIds);
        Assert.True(script.State.IsOver);
    }
}
