using System.Text;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Export.Features;
using Omega.Conformance.Recording;
using Omega.Testing;
using Omega.Testing.Recordings;

namespace Omega.Conformance.Tests.Export;

public sealed class FeatureExporterTests
{
    private const string Accept = "OMEGA_ACCEPT_FEATURE";
    private const string Loop = "20261207T080000Z_19112345678901_MHS274068009";

    private static readonly SuiteProfile Simulator =
        SuiteProfile.Load(RepositoryPaths.Under("features", "targets", "simulator.json"));

    private static string Approved => Path.Combine(
        RepositoryPaths.Under("tests", "Omega.Conformance.Tests", "Export", "Approved"), Loop + ".feature");

    [Fact]
    public void Write_TheAppointmentLoopWithPaging_IsTheApprovedFeature()
    {
        var (feature, warnings) = Export(Committed(Loop), Simulator);

        if (Environment.GetEnvironmentVariable(Accept) == "1")
        {
            File.WriteAllText(Approved, feature);
        }

        Assert.Empty(warnings);
        Assert.True(
            File.ReadAllText(Approved) == feature,
            $"The feature differs from {Approved}; accept it with {Accept}=1 dotnet test --filter FeatureExporter "
            + $"and review the diff. It is now:\n{feature}");
    }

    [Fact]
    public void Write_PceOfNoRoleOfTheProfile_SaysWhichPceAndPlaysTheRoleOmegaAnsweredAs()
    {
        var profile = Simulator with { Name = "staging", Pces = new Dictionary<string, ProfilePce>() };

        var (feature, _) = Export(Committed("20261207T080000Z_19100000000602_MHS274068009"), profile);

        Assert.Contains(
            "    # The recorded PCE 19100000000602 plays no role of the target profile 'staging': the scenario plays "
            + "\"6M présence obligatoire\", as OMEGA offered slots with PresenceClient PO.\n"
            + "    Given a 6M PCE held by our CAD where the customer must be present\n",
            feature,
            StringComparison.Ordinal);
        Assert.Contains("When the supplier proposes the 5th offered slot\n", feature, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnknownPceOfNoRole_PlaysTheUnknownPce()
    {
        var profile = Simulator with { Pces = new Dictionary<string, ProfilePce>() };

        var (feature, _) = Export(Committed("20261207T080000Z_19199999999999_pending"), profile);

        Assert.Contains("as OMEGA did not know it.\n    Given an unknown PCE\n", feature, StringComparison.Ordinal);
        Assert.Contains(
            "Then OMEGA abandons the dialogue with DmdKo \"Numéro de PCE incorrect ou inconnu\"\n",
            feature,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BrokenRequest_SaysTheChangeAndTheRuleOmegaFinds()
    {
        var example = File.ReadAllText(RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS"));
        var request = example.Replace("<Login>jdemo</Login>", "<Login></Login>", StringComparison.Ordinal);
        var refusal = Refusal("Le login doit être renseigné.");
        var bytes = Encoding.UTF8.GetBytes(request);
        var check = CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS", Over, bytes, refusal);

        var (feature, warnings) = Export(CraftedRecording.Dialogue(check), Simulator);

        Assert.Empty(warnings);
        Assert.Contains(
            "    When the supplier checks the PCE, with an empty Utilisateur/Login\n"
            + "    Then omega finds the request breaks MHS103 alone\n"
            + "    And OMEGA abandons the dialogue with DmdKo \"Le login doit être renseigné.\"\n",
            feature,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("V10", "false", "", "8", "When the supplier creates an MHS at the client's initiative with option 8 ")]
    [InlineData("V7", "false", "", "1", "Given a 6M PCE held by our CAD\n    And the supplier speaks NumeroVersion V7")]
    [InlineData("V7", "false", "", "1", "When the supplier creates an MHS at the client's initiative asking for ")]
    [InlineData("V10", "true", "22", "1", "When the supplier creates an MHS at its own initiative with motif 22 ")]
    public void Write_Creation_SaysTheInitiativeOptionMotifAndVersion(
        string version, string bySupplier, string motif, string option, string expected)
    {
        var request = File.ReadAllText(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"))
            .Replace(">V10<", $">{version}<", StringComparison.Ordinal)
            .Replace("<FournisseurMHS>false<", $"<FournisseurMHS>{bySupplier}<", StringComparison.Ordinal)
            .Replace("<Motif/>", $"<Motif>{motif}</Motif>", StringComparison.Ordinal)
            .Replace("<OptionPrestation>8<", $"<OptionPrestation>{option}<", StringComparison.Ordinal);
        var creation = CraftedRecording.Exchange(1, "CreerDemandeMHS", request: Encoding.UTF8.GetBytes(request));

        var (feature, _) = Export(CraftedRecording.Dialogue(creation), Simulator);

        Assert.Contains(expected, feature, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RequestThatIsNoMessage_LeavesItOutWithACommentAndAWarning()
    {
        var broken = CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS", request: "<soapenv:Envelope"u8.ToArray());

        var (feature, warnings) = Export(CraftedRecording.Dialogue(broken), Simulator);

        const string Said = "0001 VerifierRecevabiliteMHS: its request holds no message of the contract; left out";
        Assert.Equal([Said], warnings);
        Assert.Contains("    # " + Said + "\n", feature, StringComparison.Ordinal);
        Assert.DoesNotContain("When", feature, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnswerLost_MakesItGetLostAndExpectsNone()
    {
        var lost = CraftedRecording.Exchange(
            1, "VerifierRecevabiliteMHS", m => Over(m) with { UpstreamError = "Request" }, response: []);

        var (feature, _) = Export(CraftedRecording.Dialogue(lost), Simulator);

        Assert.Contains(
            "    When the answer to the next VerifierRecevabiliteMHS gets lost\n"
            + "    And the supplier checks the PCE\n"
            + "    Then no answer comes\n",
            feature,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DialogueLeftPastItsWindow_LetsTheWindowPassAndFindsItLeftOpen()
    {
        var dialogue = Committed("20261207T080000Z_19112345678901_MHS274068009-2");
        var left = new RecordedViolation("exchange", "DLG304", "warning", "/", 0, "left open");
        var summary = new DialogueSummary { DialogueId = "d", Violations = [left] };
        dialogue = dialogue with { Exchanges = dialogue.Exchanges.Take(1).ToList(), Summary = summary };

        var (feature, _) = Export(dialogue, Simulator);

        Assert.EndsWith(
            "    When 6 minutes pass\n"
            + "    Then omega finds the supplier left the dialogue open\n"
            + "    And the dialogue has ended past its window\n",
            feature,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "the first offered slot")]
    [InlineData(1, "the 2nd offered slot")]
    [InlineData(2, "the 3rd offered slot")]
    [InlineData(3, "the 4th offered slot")]
    [InlineData(10, "the 11th offered slot")]
    [InlineData(20, "the 21st offered slot")]
    [InlineData(21, "the 22nd offered slot")]
    [InlineData(23, "the 24th offered slot")]
    public void Position_PlaceInTheOffer_SaysItInWords(int place, string words) =>
        Assert.Equal(words, SlotWords.Position(place));

    private static RecordedDialogue Committed(string name) =>
        Assert.Single(FileRecordingReader.Read([Path.Combine(RepositoryPaths.CommittedRecordings, name)]));

    private static (string Feature, List<string> Warnings) Export(RecordedDialogue dialogue, SuiteProfile profile)
    {
        var warnings = new List<string>();
        using var output = new MemoryStream();
        new FeatureExporter(Contracts.Validator(), profile, warnings.Add).Write(dialogue, output);
        return (Encoding.UTF8.GetString(output.ToArray()), warnings);
    }

    /// <summary>The dialogue as the model leaves it after a check OMEGA refused: over, no demand.</summary>
    private static ExchangeManifest Over(ExchangeManifest manifest) =>
        manifest with { DialogueAfter = new DialogueState { Status = "Aucune demande", LastEvent = 3, IsOver = true } };

    private static byte[] Refusal(string label) => Encoding.UTF8.GetBytes(
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
        + "<ReponseWSVerifierRecevabiliteMHS xmlns=\"http://omega-conformance.invalid/CreerDemandeMHS\">"
        + "<TypeRetourDialogue>A</TypeRetourDialogue><Retour><CodeRetour>DmdKo</CodeRetour>"
        + $"<MessageRetour>{label}</MessageRetour></Retour></ReponseWSVerifierRecevabiliteMHS>"
        + "</soapenv:Body></soapenv:Envelope>");
}
