using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class TypeDemandeRuleTests
{
    [Fact]
    public void TypeDemande_Mhs_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate(), "MHS108");
    }

    [Theory]
    [InlineData("MES")]
    [InlineData("mhs")]
    [InlineData("")]
    public void TypeDemande_Other_ReplacesTheSchemasVerdict(string type)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<TypeDemande>MHS</TypeDemande>", $"<TypeDemande>{type}</TypeDemande>")
            .Validate();

        RuleAssert.Flags(result, "MHS108", "/RequeteWSCreerDemandeMHS/Demande/TypeDemande");
    }
}
