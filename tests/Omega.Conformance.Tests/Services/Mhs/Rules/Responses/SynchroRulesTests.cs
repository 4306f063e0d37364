using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Responses;

public sealed class SynchroRulesTests
{
    private const string Objet = "/ReponseWSAccepterRdv/ReponseRdvObjet";
    private const string Synchro =
        "<RetourSynchroInterventions><DatePlage><Date>2026-12-18</Date></DatePlage></RetourSynchroInterventions>";

    [Fact]
    public void Version_WithoutTheRequest_IsNotJudged()
    {
        var result = ExampleEnvelope.Of("ReponseWSAccepterRdv").Validate();

        RuleAssert.CannotJudge(result, "MHS211", Objet + "/RetourSynchroInterventions");
    }

    [Fact]
    public void Version_NoSynchro_NeedsNoRequest()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSProposerDatePlage").Validate(), "MHS211");
    }

    [Theory]
    [InlineData("V4", false)]
    [InlineData("V5", true)]
    [InlineData("V6", true)]
    [InlineData("V7", true)]
    [InlineData("V8", true)]
    [InlineData("V9", true)]
    [InlineData("V10", true)]
    public void Version_OfTheRequest_DecidesWhetherSynchroMayBeReturned(string version, bool allowed)
    {
        var request = ExampleEnvelope.Of("RequeteWSAccepterRdv")
            .With("<NumeroVersion>V10</NumeroVersion>", $"<NumeroVersion>{version}</NumeroVersion>");

        var result = ExampleEnvelope.Of("ReponseWSAccepterRdv").Validate(Exchanges.Answering(request));

        RuleAssert.FlagsWhen(!allowed, result, "MHS211", Objet + "/RetourSynchroInterventions");
    }

    [Fact]
    public void Count_Three_Passes()
    {
        var result = ExampleEnvelope.Of("ReponseWSAccepterRdv")
            .After("</RetourSynchroInterventions>", Synchro + Synchro)
            .Validate();

        RuleAssert.DoesNotFlag(result, "MHS212");
    }

    [Fact]
    public void Count_Four_ReplacesTheSchemasVerdictOnTheFourth()
    {
        var result = ExampleEnvelope.Of("ReponseWSAccepterRdv")
            .After("</RetourSynchroInterventions>", Synchro + Synchro + Synchro)
            .Validate();

        RuleAssert.Flags(result, "MHS212", Objet + "/RetourSynchroInterventions[4]");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Position_OneToThree_Passes(string position)
    {
        RuleAssert.DoesNotFlag(WithPosition(position).Validate(), "MHS213");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("")]
    public void Position_Other_ReplacesTheSchemasVerdict(string position)
    {
        var result = WithPosition(position).Validate();

        RuleAssert.Flags(result, "MHS213", Objet + "/DateProgrammee/RetourSynchroIntervention");
    }

    private static ExampleEnvelope WithPosition(string position) => ExampleEnvelope.Of("ReponseWSAccepterRdv")
        .With(
            "<RetourSynchroIntervention>1</RetourSynchroIntervention>",
            $"<RetourSynchroIntervention>{position}</RetourSynchroIntervention>");
}
