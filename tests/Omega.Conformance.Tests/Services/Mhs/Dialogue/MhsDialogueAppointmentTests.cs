using Omega.Conformance.Dialogue;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Mhs;
using static Omega.Conformance.Tests.Services.Mhs.Dialogue.MhsAnswerXml;

namespace Omega.Conformance.Tests.Services.Mhs.Dialogue;

/// <summary>
/// Step 3 and the stop of the dialogue: events 8 to 11, and the Date Demandée that outlives a failure.
/// </summary>
public sealed class MhsDialogueAppointmentTests
{
    private const int Fin = TableEvent.Fin;

    [Fact]
    public void Step_PageThenAcceptAnOfferedSlot_ProgramsTheAppointment()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(Numero),
            Rdv("DemanderPrecSuiv", "P", MhsReturnCodes.ListeDP, MhsReturnCodes.DatePlageIndisponible, Slots(
                "2026-12-21")));
        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-21", "MATIN"),
            Rdv("AccepterRdv", "T", MhsReturnCodes.DmdOkDP, MhsReturnCodes.RdvProgramme, Programmee("2026-12-21")));

        Assert.Equal([8, 9, 11, 8, 9, 11, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.RdvProgramme, script.State.Status);
        Assert.True(script.State.IsOver);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_ProposeAFreeDateThenConfirm_ProgramsTheAppointment()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-22", "MATIN"),
            Rdv("ProposerDatePlage", "P", MhsReturnCodes.DatePlageH, MhsReturnCodes.DatePlageDisponible, Programmee(
                "2026-12-22")));
        script.Play("AccepterRdv", MhsRequests.AccepterRdv(Numero, "2026-12-22", "MATIN"),
            Rdv("AccepterRdv", "T", MhsReturnCodes.DmdOkDP, MhsReturnCodes.RdvProgramme, Programmee("2026-12-22")));

        Assert.Equal([8, 9, 11, 8, 9, 11, Fin], script.Events);
        Assert.Equal("2026-12-22", script.State.DateDemandee);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_AbandonRdvAfterChangingTheDate_KeepsTheLastDateGiven()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-23"),
            Rdv("ProposerDatePlage", "P", MhsReturnCodes.ListeDP, MhsReturnCodes.DatePlageIndisponible, Slots(
                "2026-12-28")));
        script.Play("AbandonnerRdv", MhsRequests.AbandonnerRdv(Numero),
            Rdv("AbandonnerRdv", "T", MhsReturnCodes.DmdOkDD, MhsReturnCodes.RdvDateDemandee, Demandee("2026-12-23")));

        Assert.Equal([8, 9, 11, 8, 9, 10, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.EnAttenteDeRdv, script.State.Status);
        Assert.Equal("2026-12-23", script.State.DateDemandee);
        Assert.True(script.State.DateDemandeeChanged);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_AbandonRdvAnsweredWithAnOlderDate_BreaksTheKeptDateRule()
    {
        var script = new DialogueScript().Created();

        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-23"),
            Rdv("ProposerDatePlage", "P", MhsReturnCodes.ListeDP, MhsReturnCodes.DatePlageIndisponible, Slots(
                "2026-12-28")));
        script.Play("AbandonnerRdv", MhsRequests.AbandonnerRdv(Numero),
            Rdv("AbandonnerRdv", "T", MhsReturnCodes.DmdOkDD, MhsReturnCodes.RdvDateDemandee, Demandee("2026-12-15")));

        var violation = Assert.Single(script.Violations);
        Assert.Equal(MhsDialogueRules.DateDemandeeKept.Id, violation.RuleId);
        Assert.EndsWith("/DateDemandee", violation.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_AppointmentDialogueFailsAfterAProposal_EndsAtEvent10WithTheProposedDate()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("ProposerDatePlage", MhsRequests.ProposerDatePlage(Numero, "2026-12-24"),
            Rdv("ProposerDatePlage", "A", MhsReturnCodes.DmdKo, MhsReturnCodes.DialogueInterrompu, numero: null));

        Assert.Equal([8, 9, 10, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.EnAttenteDeRdv, script.State.Status);
        Assert.Equal("2026-12-24", script.State.DateDemandee);
    }

    [Fact]
    public void Step_AbandonDemande_EndsWithTheDemandAbandoned()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("AbandonnerDemande", MhsRequests.AbandonnerDemande(Numero),
            Rdv("AbandonnerDemande", "A", MhsReturnCodes.DmdKo, MhsReturnCodes.DemandeAbandonnee, numero: null));

        Assert.Equal([8, 9, 10, Fin], script.Events);
        Assert.Equal(MhsDemandStatus.Abandonnee, script.State.Status);
        Assert.Empty(script.Violations);
    }

    [Fact]
    public void Step_AppointmentAnswerLost_WaitsAtEvent9AndWarnsOnTheNextCall()
    {
        var script = new DialogueScript().Created().Mark();

        script.Play("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(Numero), response: null);
        script.Play("AbandonnerRdv", MhsRequests.AbandonnerRdv(Numero),
            Rdv("AbandonnerRdv", "T", MhsReturnCodes.DmdOkDD, MhsReturnCodes.RdvDateDemandee, Demandee("2026-12-15")));

        Assert.Equal([8, 9, 8, 9, 10, Fin], script.Events);
        Assert.Equal([MhsDialogueRules.BlindRetry.Id], script.RuleIds);
    }
}
