using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Responses;

public sealed class HeureRangeRuleTests
{
    [Theory]
    [InlineData("08:00", "12:00")]
    [InlineData("12:00", "12:00")]
    [InlineData("08:00:30", "08:00:45")]
    public void Hours_InOrder_Pass(string min, string max)
    {
        RuleAssert.DoesNotFlag(WithHours(min, max).Validate(), "MHS214");
    }

    [Theory]
    [InlineData("13:00", "12:00")]
    [InlineData("12:00:01", "12:00")]
    public void Hours_Reversed_AreFlaggedOnHeureMin(string min, string max)
    {
        var result = WithHours(min, max).Validate();

        RuleAssert.Flags(result, "MHS214", "/ReponseWSProposerDatePlage/ReponseRdvObjet/DateProgrammee/HeureMin");
    }

    private static ExampleEnvelope WithHours(string min, string max) => ExampleEnvelope.Of("ReponseWSProposerDatePlage")
        .With("<HeureMin>08:00</HeureMin>", $"<HeureMin>{min}</HeureMin>")
        .With("<HeureMax>12:00</HeureMax>", $"<HeureMax>{max}</HeureMax>");
}
