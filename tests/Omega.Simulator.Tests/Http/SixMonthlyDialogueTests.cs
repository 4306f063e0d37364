using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Http;

/// <summary>Whole dialogues of a 6M PCE over HTTP: check, create, propose, page, accept.</summary>
public sealed class SixMonthlyDialogueTests
{
    private const string Pce = "19112345678901";

    /// <summary>A Saturday: never a free slot, so the creation is answered with a list.</summary>
    private const string Saturday = "2026-12-19";

    [Fact]
    public async Task Dialogue_CheckCreatePageAndAccept_ProgramsTheAppointment()
    {
        await using var stub = await Stub.StartAsync();

        var check = await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier(Pce, "69003"));
        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN", "69003"));
        var numero = created.NumeroDemande;
        var next = await stub.CallAsync("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(numero, "S"));
        var back = await stub.CallAsync("DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(numero, "P"));
        var (date, plage) = back.Slots[1];
        var accepted = await stub.CallAsync("AccepterRdv", MhsRequests.AccepterRdv(numero, date, plage));

        Assert.Equal(("P", "Message"), (check.TypeRetourDialogue, check.CodeRetour));
        Assert.Equal([MhsReturnCodes.DemandeRecevable.Render()], check.Messages);
        Assert.Equal(("P", "ListeDP"), (created.TypeRetourDialogue, created.CodeRetour));
        Assert.InRange(created.Slots.Count, 1, 24);
        Assert.All(created.Slots, slot => Assert.True(string.CompareOrdinal(slot.Date, Saturday) > 0));
        Assert.NotEqual(created.Slots, next.Slots);
        Assert.Equal(created.Slots, back.Slots);
        Assert.Equal(("T", "DmdOkDP"), (accepted.TypeRetourDialogue, accepted.CodeRetour));
        Assert.Equal((date, plage), accepted.Programmee);
        Assert.Equal(MhsDemandStatus.RdvProgramme, stub.Host.DemandState(numero)!.Status);
    }

    [Fact]
    public async Task Dialogue_ProposeAFreeDateThenAccept_ConfirmsWithDatePlageH()
    {
        await using var stub = await Stub.StartAsync();
        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"));
        var (date, plage) = created.Slots[^1];

        var proposed = await stub.CallAsync(
            "ProposerDatePlage", MhsRequests.ProposerDatePlage(created.NumeroDemande, date, plage));
        var accepted = await stub.CallAsync("AccepterRdv", MhsRequests.AccepterRdv(created.NumeroDemande, date, plage));

        Assert.Equal(("P", "DatePlageH"), (proposed.TypeRetourDialogue, proposed.CodeRetour));
        Assert.Equal((date, plage), proposed.Programmee);
        Assert.Equal("DmdOkDP", accepted.CodeRetour);
    }

    [Fact]
    public async Task Creation_OnAFreeSlot_IsAnsweredDatePlageH()
    {
        await using var stub = await Stub.StartAsync();
        var first = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, Saturday, "MATIN"));
        var (date, plage) = first.Slots[0];

        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, date, plage));

        Assert.Equal(("P", "DatePlageH"), (created.TypeRetourDialogue, created.CodeRetour));
        Assert.Equal((date, plage), created.Programmee);
        Assert.Equal("PNO", created.Objet!.Child("PresenceClient")!.Value);
    }

    [Fact]
    public async Task Creation_WithoutPlage_RecordsTheDateAndAsksToGoOn()
    {
        await using var stub = await Stub.StartAsync();

        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce, "2026-12-21"));
        var proposed = await stub.CallAsync(
            "ProposerDatePlage", MhsRequests.ProposerDatePlage(created.NumeroDemande, Saturday));

        Assert.Equal(("P", "Message"), (created.TypeRetourDialogue, created.CodeRetour));
        Assert.True(MhsReturnCodes.MessageAPoursuivre.Matches(created.Messages[0]));
        Assert.Equal("2026-12-21", created.DateDemandee);
        Assert.Equal("ListeDP", proposed.CodeRetour);
    }

    [Fact]
    public async Task Creation_ForTheSupplier_AnswersPresenceNonObligatoire()
    {
        await using var stub = await Stub.StartAsync();

        var created = await stub.CallAsync(
            "CreerDemandeMHS", MhsRequests.Creer("19100000000602", Saturday, "MATIN", fournisseurMhs: true));

        Assert.Equal("PNO", created.Objet!.Child("PresenceClient")!.Value);
    }

    [Theory]
    [InlineData("19100000000602", "PO")]
    [InlineData("19100000000603", "IAS")]
    public async Task Check_OfferedOptions_CarryThePceAccess(string pce, string access)
    {
        await using var stub = await Stub.StartAsync();

        var check = await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier(pce));

        var options = check.Message.Find("RetourRecupererDonneesObjet")!.ChildrenNamed("ListeOptionPrestation").ToList(
            );
        Assert.Equal(["1", "7", "8"], options.Select(o => o.Child("OptionPrestation")!.Value));
        Assert.All(options, o => Assert.Equal(access, o.Child("PresenceClient")!.Value));
    }

    [Fact]
    public async Task Creation_OneMonthlyPce_IsOfferedSlotsToo()
    {
        await using var stub = await Stub.StartAsync();

        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer("19100000000101", Saturday, "MATIN"));

        Assert.Equal("ListeDP", created.CodeRetour);
    }
}
