using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class CodePostalRuleTests
{
    [Theory]
    [InlineData("<CodePostal>69003</CodePostal>")]
    [InlineData("<CodePostal/>")]
    [InlineData("")]
    public void CodePostal_FiveDigitsEmptyOrAbsent_Passes(string codePostal)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<CodePostal>69003</CodePostal>", codePostal)
            .Validate();

        RuleAssert.DoesNotFlag(result, "MHS107");
    }

    [Theory]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "6900", "/RequeteWSVerifierRecevabiliteMHS/CodePostal")]
    [InlineData("RequeteWSCreerDemandeMHS", "690031", "/RequeteWSCreerDemandeMHS/Demande/CodePostal")]
    [InlineData("RequeteWSCreerDemandeMHS", "6900A", "/RequeteWSCreerDemandeMHS/Demande/CodePostal")]
    public void CodePostal_NotFiveDigits_IsFlagged(string request, string codePostal, string path)
    {
        var result = ExampleEnvelope.Of(request)
            .With("<CodePostal>69003</CodePostal>", $"<CodePostal>{codePostal}</CodePostal>")
            .Validate();

        RuleAssert.Flags(result, "MHS107", path);
    }
}
