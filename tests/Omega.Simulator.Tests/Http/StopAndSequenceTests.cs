using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Http;

/// <summary>The stop of the dialogue (AbandonnerRdv, AbandonnerDemande), and the calls out of sequence.</summary>
public sealed class StopAndSequenceTests
{
    private const string Pce = "19112345678901";
    private const string Saturday = "2026-12-19";

    [Fact]
    public async Task AbandonnerRdv_AfterProposingAnotherDate_KeepsThatDateDemandee()
    {
        await using var stub = await Stub.StartAsync();
        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, "2026-12-21", "MATIN"));
        var numero = created.NumeroDemande;

        await stub.CallAsync("ProposerDatePlage", MhsRequests.ProposerDatePlage(numero, "2026-12-26", "MATIN"));
        var abandoned = await stub.CallAsync("AbandonnerRdv", MhsRequests.AbandonnerRdv(numero));

        Assert.Equal(("T", "DmdOkDD"), (abandoned.TypeRetourDialogue, abandoned.CodeRetour));
        Assert.Equal("2026-12-26", abandoned.DateDemandee);
        Assert.Equal(numero, abandoned.NumeroDemande);
        Assert.Equal(MhsDemandStatus.EnAttenteDeRdv, stub.Host.DemandState(numero)!.Status);
    }

    [Fact]
    public async Task AbandonnerDemande_DuringTheAppointmentDialogue_AbandonsTheDemand()
    {
        await using var stub = await Stub.StartAsync();
        var numero = (await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"))).NumeroDemande;

        var abandoned = await stub.CallAsync("AbandonnerDemande", MhsRequests.AbandonnerDemande(numero));

        Assert.Equal(("A", "DmdKo"), (abandoned.TypeRetourDialogue, abandoned.CodeRetour));
        Assert.Equal([MhsReturnCodes.DemandeAbandonnee.Render()], abandoned.Messages);
        Assert.Equal(MhsDemandStatus.Abandonnee, stub.Host.DemandState(numero)!.Status);
    }

    [Fact]
    public async Task Call_AfterTheDialogueEnded_IsInterrupted()
    {
        await using var stub = await Stub.StartAsync();
        var numero = (await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"))).NumeroDemande;
        await stub.CallAsync("AbandonnerDemande", MhsRequests.AbandonnerDemande(numero));

        var late = await stub.CallAsync("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(numero));

        AssertInterrupted(late, MhsDialogueRules.AfterEnd.Id);
    }

    [Fact]
    public async Task Call_OnAnUnknownDemand_IsInterrupted()
    {
        await using var stub = await Stub.StartAsync();

        var call = await stub.CallAsync("AccepterRdv", MhsRequests.AccepterRdv("MHS999999999", "2026-12-21", "MATIN"));

        AssertInterrupted(call, MhsDialogueRules.NoDemand.Id);
    }

    [Fact]
    public async Task AccepterRdv_OfASlotNotOffered_IsInterrupted()
    {
        await using var stub = await Stub.StartAsync();
        var numero = (await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"))).NumeroDemande;

        var call = await stub.CallAsync("AccepterRdv", MhsRequests.AccepterRdv(numero, "2027-01-29", "FIN-APRES-MIDI"));

        AssertInterrupted(call, MhsDialogueRules.AcceptOffered.Id);
    }

    [Fact]
    public async Task Call_PastTheFiveMinuteWindow_IsInterrupted()
    {
        await using var stub = await Stub.StartAsync();
        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"));
        stub.Clock.Advance(TimeSpan.FromMinutes(6));

        var (date, plage) = created.Slots[0];
        var call = await stub.CallAsync("AccepterRdv", MhsRequests.AccepterRdv(created.NumeroDemande, date, plage));

        AssertInterrupted(call, MhsDialogueRules.TooLate.Id);
        Assert.True(stub.Host.DemandState(created.NumeroDemande)!.IsOver);
    }

    [Fact]
    public async Task Call_OnAnotherSuppliersDemand_IsRefused()
    {
        await using var stub = await Stub.StartAsync();
        var numero = (await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"))).NumeroDemande;
        var foreign = MhsRequests.AbandonnerDemande(numero).Replace(
            MhsRequests.Cad, "GS5555", StringComparison.Ordinal);

        var call = await stub.CallAsync("AbandonnerDemande", foreign);

        Assert.Equal([MhsReturnCodes.HabilitationIncorrecte.Render()], call.Messages);
    }

    private static void AssertInterrupted(SoapReply reply, string ruleId)
    {
        Assert.Equal(("A", "DmdKo"), (reply.TypeRetourDialogue, reply.CodeRetour));
        Assert.True(MhsReturnCodes.DialogueInterrompu.Matches(reply.Messages[0]), reply.Messages[0]);
        Assert.EndsWith(ruleId, reply.Messages[0], StringComparison.Ordinal);
    }
}
