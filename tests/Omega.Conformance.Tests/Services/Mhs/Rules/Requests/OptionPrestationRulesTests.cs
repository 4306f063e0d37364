using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class OptionPrestationRulesTests
{
    private const string Path = "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/OptionPrestation";

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("8")]
    public void AutoReleve_OtherOptions_Pass(string option)
    {
        RuleAssert.DoesNotFlag(Client("V10", option).Validate(), "MHS109");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AutoReleve_Option2_IsFlaggedWhoeverAsks(bool supplier)
    {
        var request = supplier ? Supplier("2") : Client("V10", "2");

        var result = request.Validate();

        RuleAssert.Flags(result, "MHS109", Path);
        RuleAssert.DoesNotFlag(result, "MHS110");
        RuleAssert.DoesNotFlag(result, "MHS111");
    }

    [Fact]
    public void Supplier_ReleveSpeciale_Passes()
    {
        RuleAssert.DoesNotFlag(Supplier("1").Validate(), "MHS110");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("8")]
    public void Supplier_OtherOption_IsFlagged(string option)
    {
        RuleAssert.Flags(Supplier(option).Validate(), "MHS110", Path);
    }

    [Theory]
    [InlineData("V5", "7", false)]
    [InlineData("V5", "8", false)]
    [InlineData("V5", "1", true)]
    [InlineData("V6", "7", true)]
    [InlineData("V6", "8", true)]
    [InlineData("V7", "8", true)]
    [InlineData("V8", "7", true)]
    [InlineData("V9", "8", true)]
    [InlineData("V10", "7", true)]
    [InlineData("V10", "1", true)]
    public void Client_OptionPerVersion_IsAcceptedOrFlagged(string version, string option, bool accepted)
    {
        var result = Client(version, option).Validate();

        RuleAssert.FlagsWhen(!accepted, result, "MHS111", Path);
    }

    [Fact]
    public void Client_UnknownOption_ReplacesTheSchemasVerdict()
    {
        RuleAssert.Flags(Client("V10", "5").Validate(), "MHS111", Path);
    }

    [Fact]
    public void Client_VersionOutsideTheSpecification_IsNotJudged()
    {
        RuleAssert.CannotJudge(Client("V4", "8").Validate(), "MHS111", Path);
    }

    private static ExampleEnvelope Client(string version, string option) =>
        ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
        .With("<NumeroVersion>V10</NumeroVersion>", $"<NumeroVersion>{version}</NumeroVersion>")
        .With("<OptionPrestation>8</OptionPrestation>", $"<OptionPrestation>{option}</OptionPrestation>");

    private static ExampleEnvelope Supplier(string option) => Exchanges.SupplierRequest()
        .With("<OptionPrestation>1</OptionPrestation>", $"<OptionPrestation>{option}</OptionPrestation>");
}
