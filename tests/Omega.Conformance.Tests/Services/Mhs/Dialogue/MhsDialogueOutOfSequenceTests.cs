using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Mhs;
using static Omega.Conformance.Tests.Services.Mhs.Dialogue.MhsAnswerXml;

namespace Omega.Conformance.Tests.Services.Mhs.Dialogue;

/// <summary>Every call the tableau does not allow, and why the model says so.</summary>
public sealed class MhsDialogueOutOfSequenceTests
{
    [Fact]
    public void Step_AppointmentCallWithoutAnyDemand_IsOutOfSequence()
    {
        var script = new DialogueScript();

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-16"), response: null);

        Assert.Equal([MhsDialogueRules.NoDemand.Id], script.RuleIds);
        Assert.Empty(script.Events);
        Assert.Equal("/RequeteWSAccepterRdv", script.Violations[0].Path);
    }

    [Fact]
    public void Step_AppointmentCallRightAfterTheCheck_IsOutOfSequence()
    {
        var script = new DialogueScript();
        script.Play("VerifierRecevabiliteMHS", MhsRequests.Verifier(DialogueScript.Pce), Recevable());

        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-16"), response: null);

        Assert.Equal([MhsDialogueRules.NoDemand.Id], script.RuleIds);
    }

    [Fact]
    public void Step_CallAfterT_ContinuesAnEndedDialogue()
    {
        var script = new DialogueScript().Created();
        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-16", "MATIN"),
            Rdv("AccepterRdv", "T", MhsReturnCodes.DmdOkDP, MhsReturnCodes.RdvProgramme, Programmee("2026-12-16")));
        script.Mark();

        script.Play("AbandonnerRdv", MhsRequests.AbandonnerRdv(Numero), response: null);

        Assert.Equal([MhsDialogueRules.AfterEnd.Id], script.RuleIds);
        Assert.Empty(script.Events);
        Assert.Equal(MhsDemandStatus.RdvProgramme, script.State.Status);
    }

    [Fact]
    public void Step_CallAfterA_ContinuesAnEndedDialogue()
    {
        var script = new DialogueScript().Created();
        script.Play("AbandonnerDemande", MhsRequests.AbandonnerDemande(Numero),
            Rdv("AbandonnerDemande", "A", MhsReturnCodes.DmdKo, MhsReturnCodes.DemandeAbandonnee, numero: null));
        script.Mark();

        script.Play("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(Numero), response: null);

        Assert.Equal([MhsDialogueRules.AfterEnd.Id], script.RuleIds);
    }

    [Fact]
    public void Step_CallPastTheWindow_IsTooLateAndEndsTheDialogue()
    {
        var script = new DialogueScript().Created().Mark();
        script.Clock.Advance(TimeSpan.FromMinutes(6));

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-16", "MATIN"), response: null);

        Assert.Equal([MhsDialogueRules.TooLate.Id], script.RuleIds);
        Assert.Equal([0], script.Events);
        Assert.Equal("Fin(>5min)", script.Transitions[0].Note);
        Assert.True(script.State.IsOver);
    }

    [Fact]
    public void Step_CallAfterAWatchEndedTheDialoguePastItsWindow_IsTooLateAsWithoutTheWatch()
    {
        var script = new DialogueScript().Created();
        script.Clock.Advance(TimeSpan.FromMinutes(6));
        script.Expire();
        script.Mark();

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-16", "MATIN"), response: null);

        Assert.Equal([MhsDialogueRules.TooLate.Id], script.RuleIds);
        Assert.Empty(script.Events);
    }

    [Fact]
    public void Step_CallJustWithinTheWindow_IsInSequence()
    {
        var script = new DialogueScript().Created().Mark();
        script.Clock.Advance(TimeSpan.FromMinutes(5));

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-16", "MATIN"), response: null);

        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Expire_DialogueLeftEnAttenteDeRdvPastTheWindow_IsAViolation()
    {
        var script = new DialogueScript().Created().Mark();
        script.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        script.Expire();

        Assert.Equal([MhsDialogueRules.LeftOpen.Id], script.RuleIds);
        Assert.Equal([0], script.Events);
        Assert.True(script.State.IsOver);
    }

    [Fact]
    public void Expire_WithinTheWindow_ChangesNothing()
    {
        var script = new DialogueScript().Created().Mark();
        var before = script.State;
        script.Clock.Advance(TimeSpan.FromMinutes(4));

        var step = script.Expire();

        Assert.Same(before, step.State);
        Assert.Empty(step.Transitions);
        Assert.Empty(step.Violations);
    }

    [Fact]
    public void Expire_AfterAnEndedDialogue_ChangesNothing()
    {
        var script = new DialogueScript();
        script.Play("VerifierRecevabiliteMHS", MhsRequests.Verifier(DialogueScript.Pce),
            CheckRefused(MhsReturnCodes.EtatCadInvalide));
        script.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(script.Expire().Transitions);
    }

    [Fact]
    public void Step_NewCheckWhileInvitedToGoOn_LeavesTheDialogueOpen()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("VerifierRecevabiliteMHS", MhsRequests.Verifier(DialogueScript.Pce), Recevable());

        Assert.Equal([MhsDialogueRules.LeftOpen.Id], script.RuleIds);
        Assert.Equal([1, 2, 3], script.Events);
        Assert.Null(script.State.NumeroDemande);
    }

    [Fact]
    public void Step_AcceptASlotNotOffered_IsRefused()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-30", "MATIN"), response: null);

        Assert.Equal([MhsDialogueRules.AcceptOffered.Id], script.RuleIds);
        Assert.Contains("2026-12-16 MATIN", script.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_AcceptAfterAnAnswerOfferingNothing_IsRefused()
    {
        var script = new DialogueScript().Created();
        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-22"),
            Rdv("ProposerDatePlage", "P", MhsReturnCodes.Message, MhsReturnCodes.MessageAPoursuivre));
        script.Mark();

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-22"), response: null);

        Assert.Equal([MhsDialogueRules.AcceptOffered.Id], script.RuleIds);
    }

    [Fact]
    public void Step_PageAfterAConfirmation_HasNoListToPage()
    {
        var script = new DialogueScript().Created();
        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-22", "MATIN"),
            Rdv("ProposerDatePlage", "P", MhsReturnCodes.DatePlageH, MhsReturnCodes.DatePlageDisponible, Programmee(
                "2026-12-22")));
        script.Mark();

        script.Play("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(Numero), response: null);

        Assert.Equal([MhsDialogueRules.PageAList.Id], script.RuleIds);
    }

    [Fact]
    public void Step_AppointmentAnswerWithAnUnknownCode_DoesNotFitTheStep()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-16", "MATIN"),
            Rdv("AccepterRdv", "P", MhsReturnCodes.DmdOkDP, MhsReturnCodes.RdvProgramme));

        Assert.Equal([MhsDialogueRules.AnswerFitsStep.Id], script.RuleIds);
    }
}
