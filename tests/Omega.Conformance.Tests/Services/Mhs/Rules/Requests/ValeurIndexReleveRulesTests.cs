using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class ValeurIndexReleveRulesTests
{
    private const string Path = "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/ValeurIndexReleve";

    [Theory]
    [InlineData("1")]
    [InlineData("12345")]
    public void Length_FiveOrLess_Passes(string index)
    {
        RuleAssert.DoesNotFlag(WithIndex("V10", "8", index).Validate(), "MHS115");
    }

    [Fact]
    public void Length_SixCharacters_ReplacesTheSchemasVerdict()
    {
        RuleAssert.Flags(WithIndex("V10", "8", "123456").Validate(), "MHS115", Path);
    }

    [Theory]
    [InlineData("V5", false)]
    [InlineData("V6", true)]
    [InlineData("V7", true)]
    [InlineData("V8", true)]
    [InlineData("V9", true)]
    [InlineData("V10", true)]
    public void V5_FilledIndex_IsFlaggedInV5Only(string version, bool accepted)
    {
        var result = WithIndex(version, "1", "4512").Validate();

        RuleAssert.FlagsWhen(!accepted, result, "MHS116", Path);
    }

    [Fact]
    public void V5_NoIndex_Passes()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<NumeroVersion>V10</NumeroVersion>", "<NumeroVersion>V5</NumeroVersion>")
            .Validate();

        RuleAssert.DoesNotFlag(result, "MHS116");
    }

    [Fact]
    public void ClientParti_WithoutThePce_IsNotJudged()
    {
        RuleAssert.CannotJudge(ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(), "MHS117", Path);
    }

    [Fact]
    public void ClientParti_InaccessiblePceWithoutIndex_IsFlagged()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(Exchanges.Pce("6M", "PO"));

        RuleAssert.Flags(result, "MHS117", Path);
    }

    [Theory]
    [InlineData("PNO")]
    [InlineData("IAS")]
    public void ClientParti_AccessiblePce_Passes(string acces)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(Exchanges.Pce("6M", acces));

        RuleAssert.DoesNotFlag(result, "MHS117");
    }

    [Fact]
    public void ClientParti_InaccessiblePceWithIndex_Passes()
    {
        var result = WithIndex("V10", "8", "4512").Validate(Exchanges.Pce("6M", "PO"));

        RuleAssert.DoesNotFlag(result, "MHS117");
    }

    [Fact]
    public void ClientParti_OtherOption_IsNotConcerned()
    {
        var result = WithIndex("V10", "7", string.Empty).Validate(Exchanges.Pce("6M", "PO"));

        RuleAssert.DoesNotFlag(result, "MHS117");
    }

    private static ExampleEnvelope WithIndex(string version, string option, string index) =>
        ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<NumeroVersion>V10</NumeroVersion>", $"<NumeroVersion>{version}</NumeroVersion>")
            .With(
                "<OptionPrestation>8</OptionPrestation>",
                $"<OptionPrestation>{option}</OptionPrestation><ValeurIndexReleve>{index}</ValeurIndexReleve>");
}
