using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class IndexClientRulesTests
{
    private const string Donnees = "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande";
    private const string Date = "<DateIndexClient>2026-11-28</DateIndexClient>";
    private const string Index = "<IndexClient>04512</IndexClient>";

    [Theory]
    [InlineData("V7")]
    [InlineData("V10")]
    public void Pair_BothOrNeither_Passes(string version)
    {
        RuleAssert.DoesNotFlag(Request(version).Validate(), "MHS118");
        RuleAssert.DoesNotFlag(Request(version).Without(Date).Without(Index).Validate(), "MHS118");
    }

    [Theory]
    [InlineData("V5", false)]
    [InlineData("V6", false)]
    [InlineData("V7", true)]
    [InlineData("V8", true)]
    [InlineData("V9", true)]
    [InlineData("V10", true)]
    public void Pair_IndexWithoutDate_IsFlaggedFromV7(string version, bool judged)
    {
        var result = Request(version).Without(Date).Validate();

        RuleAssert.FlagsWhen(judged, result, "MHS118", Donnees + "/DateIndexClient");
    }

    [Fact]
    public void Pair_DateWithEmptyIndex_IsFlaggedOnTheIndex()
    {
        var result = Request("V10").With(Index, "<IndexClient/>").Validate();

        RuleAssert.Flags(result, "MHS118", Donnees + "/IndexClient");
    }

    [Theory]
    [InlineData("V5", true)]
    [InlineData("V6", true)]
    [InlineData("V7", false)]
    [InlineData("V8", false)]
    [InlineData("V9", false)]
    [InlineData("V10", false)]
    public void BeforeV7_IndexGiven_IsAWarningBeforeV7(string version, bool warned)
    {
        var result = Request(version).Without(Date).Validate();

        RuleAssert.FlagsWhen(warned, result, "MHS119", Donnees + "/IndexClient");
    }

    [Fact]
    public void BeforeV7_NoIndex_Passes()
    {
        RuleAssert.DoesNotFlag(Request("V6").Without(Date).Without(Index).Validate(), "MHS119");
    }

    private static ExampleEnvelope Request(string version) => ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
        .With("<NumeroVersion>V10</NumeroVersion>", $"<NumeroVersion>{version}</NumeroVersion>");
}
