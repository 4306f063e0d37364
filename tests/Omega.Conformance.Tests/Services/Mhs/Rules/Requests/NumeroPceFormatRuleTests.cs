using Omega.Conformance.Services;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Rules;
using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class NumeroPceFormatRuleTests
{
    private const string Pce = "<NumeroPCE>19112345678901</NumeroPCE>";

    [Theory]
    [InlineData("19112345678901")]
    [InlineData("GI123456")]
    [InlineData(" 19112345678901 ")]
    public void NumeroPCE_ShapedAsAPceNumber_Passes(string pce)
    {
        var result = WithPce("RequeteWSCreerDemandeMHS", pce).Validate();

        RuleAssert.DoesNotFlag(result, "MHS106");
    }

    [Theory]
    [InlineData("1911234567890")]
    [InlineData("191123456789012")]
    [InlineData("GI12345")]
    [InlineData("GI1234567")]
    [InlineData("gi123456")]
    [InlineData("1911234567890A")]
    public void NumeroPCE_OfAnotherShape_GetsOmegasLabel(string pce)
    {
        var result = WithPce("RequeteWSVerifierRecevabiliteMHS", pce).Validate();

        var violation = RuleAssert.Flags(result, "MHS106", "/RequeteWSVerifierRecevabiliteMHS/NumeroPCE");
        Assert.StartsWith("Numéro de PCE incorrect ou inconnu: ", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumeroPCE_WithAConfiguredPattern_IsJudgedByIt()
    {
        var service = MhsService.Create(new MhsRuleOptions { NumeroPcePattern = @"PCE\d{4}" });
        var validator = new MessageValidator(Contracts.Shipped, new ServiceCatalog([service]));

        var accepted = WithPce("RequeteWSCreerDemandeMHS", "PCE1234").Validate(validator);
        var refused = WithPce("RequeteWSCreerDemandeMHS", "19112345678901").Validate(validator);

        RuleAssert.DoesNotFlag(accepted, "MHS106");
        var violation = RuleAssert.Flags(refused, "MHS106", "/RequeteWSCreerDemandeMHS/Demande/NumeroPCE");
        Assert.Contains("configured pattern", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidPattern_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => MhsService.Create(new MhsRuleOptions { NumeroPcePattern = "(" }));
    }

    private static ExampleEnvelope WithPce(string request, string pce) =>
        ExampleEnvelope.Of(request).With(Pce, $"<NumeroPCE>{pce}</NumeroPCE>");
}
