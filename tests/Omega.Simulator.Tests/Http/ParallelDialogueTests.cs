using Omega.Conformance.Services.Mhs.Dialogue;

using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Http;

/// <summary>Dialogues in parallel each keep their own state: the state is per demand, never global.</summary>
public sealed class ParallelDialogueTests
{
    [Fact]
    public async Task Dialogues_HundredInParallel_EachProgramsItsOwnAppointment()
    {
        // Room for every dialogue: the shipped calendar holds about a hundred free slots.
        var roomy = Stub.ShippedData with
        {
            Calendar = Stub.ShippedData.Calendar with { Plages = [new("MATIN", "08:00", "12:00", 10)] },
        };
        await using var stub = await Stub.StartAsync(data: roomy);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => ProgramAsync(stub, i)));

        Assert.Equal(100, numbers.Distinct().Count());
        Assert.All(
            numbers, numero => Assert.Equal(MhsDemandStatus.RdvProgramme, stub.Host.DemandState(numero)!.Status));
    }

    /// <summary>
    /// Create, page once, accept; when another dialogue took the slot first, accept from the new list.
    /// </summary>
    private static async Task<string> ProgramAsync(Stub stub, int index)
    {
        var created = await stub.CallAsync(
            "CreerDemandeMHS", MhsRequests.Creer("19112345678901", "2026-12-19", "MATIN"));
        var numero = created.NumeroDemande;
        var offer = await stub.CallAsync(
            "DemanderPrecSuiv", MhsRequests.DemanderPrecSuiv(numero, index % 2 == 0 ? "S" : "P"));
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var (date, plage) = offer.Slots[index % offer.Slots.Count];
            offer = await stub.CallAsync("AccepterRdv", MhsRequests.AccepterRdv(numero, date, plage));
            if (offer.CodeRetour == "DmdOkDP")
            {
                Assert.Equal(numero, offer.NumeroDemande);
                return numero;
            }

            Assert.Equal("ListeDP", offer.CodeRetour);
        }

        throw new InvalidOperationException($"Demand {numero} found no slot in 50 attempts.");
    }
}
