using Omega.Conformance.Services.Mhs;
using Omega.Testing.Mhs;

namespace Omega.Simulator.Tests.Http;

/// <summary>Every DmdKo label of Annexe A, reached through the data, on the check and on the creation.</summary>
public sealed class DmdKoTests
{
    private const string Pce = "19112345678901";
    private const string ForeignPce = "19100000000609";
    private const string ElsewherePce = "19100000000610";

    public static TheoryData<string, string, string> Causes() => new()
    {
        { "unknown PCE", nameof(MhsReturnCodes.PceInconnu), MhsRequests.Verifier("19199999999999") },
        { "another supplier's PCE", nameof(MhsReturnCodes.HabilitationIncorrecte), MhsRequests.Verifier(ForeignPce) },
        { "unknown CAD", nameof(MhsReturnCodes.HabilitationIncorrecte), MhsRequests.Verifier(Pce, cad: "GS0000") },
        { "suspended CAD", nameof(MhsReturnCodes.EtatCadInvalide), MhsRequests.Verifier(Pce, cad: "GS0404") },
        { "elsewhere", nameof(MhsReturnCodes.CodePostalHorsDepartement), MhsRequests.Verifier(ElsewherePce, "69003") },
        { "missing login", nameof(MhsReturnCodes.LoginManquant), MhsRequests.Verifier(Pce, login: "") },
        { "out of service", nameof(MhsReturnCodes.DemandeNonRecevable), MhsRequests.Verifier("19100000000607") },
        { "demand in progress", nameof(MhsReturnCodes.DemandeNonRecevable), MhsRequests.Verifier("19100000000608") },
        { "creation, unknown PCE", nameof(MhsReturnCodes.PceInconnu), MhsRequests.Creer("19199999999999") },
        {
            "creation, elsewhere", nameof(MhsReturnCodes.CodePostalHorsDepartement),
            MhsRequests.Creer(ElsewherePce, codePostal: "69003")
        },
        { "creation, phone", nameof(MhsReturnCodes.TelephoneIncorrect), MhsRequests.Creer(Pce, telephone: "04 78") },
        {
            "creation, option", nameof(MhsReturnCodes.DonneeIncorrecte),
            MhsRequests.Creer(Pce, fournisseurMhs: true, option: "7")
        },
        {
            "check, postal code of 4 digits", nameof(MhsReturnCodes.DonneeIncorrecte),
            MhsRequests.Verifier(Pce, codePostal: "6903")
        },
        {
            "creation, client option unknown", nameof(MhsReturnCodes.DonneeIncorrecte),
            MhsRequests.Creer(Pce, option: "5")
        },
        {
            "check, empty DNEntreprise", nameof(MhsReturnCodes.HabilitationIncorrecte),
            MhsRequests.Verifier(Pce).Replace(MhsRequests.Dn, string.Empty, StringComparison.Ordinal)
        },
    };

    [Theory]
    [MemberData(nameof(Causes))]
    public async Task Call_RefusedCause_AnswersItsDmdKoLabel(string cause, string label, string envelope)
    {
        await using var stub = await Stub.StartAsync();
        var creation = envelope.Contains("RequeteWSCreerDemandeMHS", StringComparison.Ordinal);
        var operation = creation ? "CreerDemandeMHS" : "VerifierRecevabiliteMHS";

        var reply = await stub.CallAsync(operation, envelope);

        AssertRefused(reply, label, cause);
    }

    [Fact]
    public async Task Creation_IncoherentData_ListsEveryIncorrectField()
    {
        await using var stub = await Stub.StartAsync();
        var envelope = MhsRequests.Creer(Pce, fournisseurMhs: true, option: "7").Replace(
            "<Motif>21</Motif>", "<Motif/>", StringComparison.Ordinal);

        var reply = await stub.CallAsync("CreerDemandeMHS", envelope);

        Assert.Equal(
            ["Donnée incorrecte : OptionPrestation / SIM-COH-01", "Donnée incorrecte : Motif / SIM-COH-02"],
            reply.Messages);
    }

    [Fact]
    public async Task Call_OutsideOpeningHours_AnswersServiceFerme()
    {
        var hours = Stub.ShippedData.Service with { Opens = "07:00", Closes = "21:00" };
        var withHours = Stub.ShippedData with { Service = hours };
        await using var stub = await Stub.StartAsync(
            new DateTimeOffset(2026, 12, 14, 21, 30, 0, TimeSpan.Zero), data: withHours);

        var reply = await stub.CallAsync("VerifierRecevabiliteMHS", MhsRequests.Verifier(Pce));

        AssertRefused(reply, nameof(MhsReturnCodes.ServiceFerme), "closed");
    }

    [Fact]
    public async Task Call_DuringMaintenance_AnswersServiceEnMaintenance()
    {
        await using var stub = await Stub.StartAsync(
            new DateTimeOffset(2026, 12, 24, 12, 30, 0, TimeSpan.FromHours(1)));

        var reply = await stub.CallAsync("CreerDemandeMHS", MhsRequests.Creer(Pce));

        AssertRefused(reply, nameof(MhsReturnCodes.ServiceEnMaintenance), "maintenance");
    }

    private static void AssertRefused(SoapReply reply, string label, string cause)
    {
        var expected = (ReturnLabel)typeof(MhsReturnCodes).GetField(label)!.GetValue(null)!;
        Assert.Equal(("A", "DmdKo"), (reply.TypeRetourDialogue, reply.CodeRetour));
        Assert.True(expected.Matches(reply.Messages[0]), $"{cause}: {reply.Messages[0]}");
        Assert.Null(reply.Objet);
    }
}
