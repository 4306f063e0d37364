using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Http;

/// <summary>
/// Demands recorded at their Date Demandée: MM, JJ and JM PCEs, and the 6M ones that cannot get a slot.
/// </summary>
public sealed class DateDemandeeDialogueTests
{
    [Theory]
    [InlineData("19100000000001")]
    [InlineData("19100000000002")]
    [InlineData("19100000000003")]
    public async Task Creation_DailyOrMonthlyPce_EndsAtTheDateDemandee(string pce)
    {
        await using var stub = await Stub.StartAsync();

        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(pce, "2026-12-21", "MATIN"));

        Assert.Equal(("T", "DmdOkDD"), (created.TypeRetourDialogue, created.CodeRetour));
        Assert.Equal([MhsReturnCodes.RdvDateDemandee.Render()], created.Messages);
        Assert.Equal("2026-12-21", created.DateDemandee);
        Assert.True(stub.Host.DemandState(created.NumeroDemande)!.IsOver);
    }

    [Fact]
    public async Task Creation_WithoutADate_TakesTheNextWorkingDay()
    {
        await using var stub = await Stub.StartAsync();

        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer("19100000000001"));

        Assert.Equal("2026-12-15", created.DateDemandee);
    }

    [Theory]
    [InlineData("19100000000604", nameof(MhsReturnCodes.RdvDateDemandeeAvecCode), MhsDemandStatus.EnAttenteDeRdv)]
    [InlineData("19100000000605", nameof(MhsReturnCodes.PceCoupe), MhsDemandStatus.EnCoursDeRealisation)]
    [InlineData("19100000000606", nameof(MhsReturnCodes.DemandeSansIntervention), MhsDemandStatus.EnCoursDeRealisation)]
    public async Task Creation_SixMonthlyWithoutAppointment_EndsDmdOkDD(string pce, string label, string status)
    {
        await using var stub = await Stub.StartAsync();
        var expected = (ReturnLabel)typeof(MhsReturnCodes).GetField(label)!.GetValue(null)!;

        var created = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(pce, "2026-12-21", "MATIN"));

        Assert.Equal(("T", "DmdOkDD"), (created.TypeRetourDialogue, created.CodeRetour));
        Assert.True(expected.Matches(created.Messages[0]), created.Messages[0]);
        Assert.Equal(status, stub.Host.DemandState(created.NumeroDemande)!.Status);
    }
}
