using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Responses;

public sealed class NumeroDemandeAnsweredRuleTests
{
    [Theory]
    [InlineData("ReponseWSCreerDemandeMHS")]
    [InlineData("ReponseWSAbandonnerRdv")]
    [InlineData("ReponseWSProposerDatePlage")]
    [InlineData("ReponseWSAbandonnerDemande")]
    public void NumeroDemande_GivenOrAbandoned_Passes(string answer)
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of(answer).Validate(), "MHS210");
    }

    [Theory]
    [InlineData("ReponseWSCreerDemandeMHS", "/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet/NumeroDemande")]
    [InlineData("ReponseWSAbandonnerRdv", "/ReponseWSAbandonnerRdv/ReponseRdvObjet/NumeroDemande")]
    public void NumeroDemande_MissingWithPOrT_IsFlagged(string answer, string path)
    {
        var result = ExampleEnvelope.Of(answer).Without("<NumeroDemande>MHS000123456</NumeroDemande>").Validate();

        RuleAssert.Flags(result, "MHS210", path);
    }

    [Fact]
    public void NumeroDemande_Empty_IsFlagged()
    {
        var result = ExampleEnvelope.Of("ReponseWSDemanderPrecSuiv")
            .With("<NumeroDemande>MHS000123456</NumeroDemande>", "<NumeroDemande/>")
            .Validate();

        RuleAssert.Flags(result, "MHS210", "/ReponseWSDemanderPrecSuiv/ReponseRdvObjet/NumeroDemande");
    }
}
