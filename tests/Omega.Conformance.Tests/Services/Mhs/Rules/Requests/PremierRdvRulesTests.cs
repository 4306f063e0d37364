using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class PremierRdvRulesTests
{
    private const string Rdv = "/RequeteWSCreerDemandeMHS/Demande/PremierRdvDemande";
    private const string Plage = "<Plage>MATIN</Plage>";

    [Fact]
    public void Date_Iso_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(), "MHS120");
    }

    [Theory]
    [InlineData("15/12/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-12-15T08:00:00")]
    [InlineData("")]
    public void Date_NotIso_ReplacesTheSchemasVerdict(string date)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<Date>2026-12-15</Date>", $"<Date>{date}</Date>")
            .Validate();

        RuleAssert.Flags(result, "MHS120", Rdv + "/Date");
    }

    [Fact]
    public void Plage_Given_PassesWhateverThePce()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(Exchanges.Pce("6M", "PNO"));

        RuleAssert.DoesNotFlag(result, "MHS121");
    }

    [Fact]
    public void Plage_MissingWithoutThePce_IsNotJudged()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Without(Plage).Validate();

        RuleAssert.CannotJudge(result, "MHS121", Rdv + "/Plage");
    }

    [Theory]
    [InlineData("6M", true)]
    [InlineData("1M", true)]
    [InlineData("MM", false)]
    [InlineData("JJ", false)]
    [InlineData("JM", false)]
    public void Plage_Missing_IsFlaggedForSlotFrequencies(string frequence, bool flagged)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .Without(Plage)
            .Validate(Exchanges.Pce(frequence, "PNO"));

        RuleAssert.FlagsWhen(flagged, result, "MHS121", Rdv + "/Plage");
    }

    [Fact]
    public void NumeroSynchroIntervention_Absent_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(), "MHS122");
    }

    [Fact]
    public void NumeroSynchroIntervention_Given_IsAWarning()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .After(Plage, "<NumeroSynchroIntervention>3</NumeroSynchroIntervention>")
            .Validate();

        RuleAssert.Flags(result, "MHS122", Rdv + "/NumeroSynchroIntervention");
        Assert.True(result.IsConformant);
    }
}
