using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class NumeroVersionRuleTests
{
    [Theory]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V4", false)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V5", false)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V6", false)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V7", false)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V8", false)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V9", false)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V10", true)]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "V11", false)]
    [InlineData("RequeteWSCreerDemandeMHS", "V4", false)]
    [InlineData("RequeteWSCreerDemandeMHS", "V5", true)]
    [InlineData("RequeteWSCreerDemandeMHS", "V6", true)]
    [InlineData("RequeteWSCreerDemandeMHS", "V7", true)]
    [InlineData("RequeteWSCreerDemandeMHS", "V8", true)]
    [InlineData("RequeteWSCreerDemandeMHS", "V9", true)]
    [InlineData("RequeteWSCreerDemandeMHS", "V10", true)]
    [InlineData("RequeteWSCreerDemandeMHS", "V11", false)]
    [InlineData("RequeteWSCreerDemandeMHS", "10", false)]
    [InlineData("RequeteWSAccepterRdv", "V4", false)]
    [InlineData("RequeteWSAccepterRdv", "V5", true)]
    [InlineData("RequeteWSAccepterRdv", "V10", true)]
    [InlineData("RequeteWSAbandonnerDemande", "V11", false)]
    public void NumeroVersion_PerOperation_IsAcceptedOrFlagged(string request, string version, bool accepted)
    {
        var result = ExampleEnvelope.Of(request)
            .With("<NumeroVersion>V10</NumeroVersion>", $"<NumeroVersion>{version}</NumeroVersion>")
            .Validate();

        if (accepted)
        {
            RuleAssert.DoesNotFlag(result, "MHS104");
        }
        else
        {
            var violation = RuleAssert.Flags(result, "MHS104", $"/{request}/NumeroVersion");
            Assert.Contains($"'{version}'", violation.Message, StringComparison.Ordinal);
        }
    }
}
