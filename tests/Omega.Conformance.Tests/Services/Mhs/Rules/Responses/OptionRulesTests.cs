using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Responses;

public sealed class OptionRulesTests
{
    private const string Offers = "/ReponseWSVerifierRecevabiliteMHS/RetourRecupererDonneesObjet/ListeOptionPrestation";
    private const string AnswerPresence = "/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet/PresenceClient";
    private const string Seven = "<OptionPrestation>7</OptionPrestation>";

    [Fact]
    public void Offered_1And7And8_Pass()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSVerifierRecevabiliteMHS").Validate(), "MHS215");
    }

    [Theory]
    [InlineData("2")]
    [InlineData("5")]
    public void Offered_OtherOption_IsFlagged(string option)
    {
        var result = ExampleEnvelope.Of("ReponseWSVerifierRecevabiliteMHS")
            .With(Seven, $"<OptionPrestation>{option}</OptionPrestation>")
            .Validate();

        RuleAssert.Flags(result, "MHS215", Offers + "[2]/OptionPrestation");
    }

    [Fact]
    public void Presence_Known_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSVerifierRecevabiliteMHS").Validate(), "MHS216");
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSAccepterRdv").Validate(), "MHS216");
    }

    [Fact]
    public void Presence_UnknownInTheOffers_ReplacesTheSchemasVerdict()
    {
        var result = ExampleEnvelope.Of("ReponseWSVerifierRecevabiliteMHS")
            .With("<PresenceClient>PO</PresenceClient>", "<PresenceClient>P0</PresenceClient>")
            .Validate();

        RuleAssert.Flags(result, "MHS216", Offers + "[2]/PresenceClient");
    }

    [Fact]
    public void Presence_UnknownInTheAnswer_IsFlagged()
    {
        var result = ExampleEnvelope.Of("ReponseWSAccepterRdv")
            .With("<PresenceClient>PNO</PresenceClient>", "<PresenceClient>NON</PresenceClient>")
            .Validate();

        RuleAssert.Flags(result, "MHS216", "/ReponseWSAccepterRdv/ReponseRdvObjet/PresenceClient");
    }

    [Fact]
    public void Supplier_Pno_NeedsNoRequest()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSCreerDemandeMHS").Validate(), "MHS217");
    }

    [Fact]
    public void Supplier_OtherPresenceWithoutTheRequest_IsNotJudged()
    {
        RuleAssert.CannotJudge(WithPresence("PO").Validate(), "MHS217", AnswerPresence);
    }

    [Fact]
    public void Supplier_PresenceObligatoire_IsFlagged()
    {
        var result = WithPresence("PO").Validate(Exchanges.Answering(Exchanges.SupplierRequest()));

        RuleAssert.Flags(result, "MHS217", AnswerPresence);
    }

    [Fact]
    public void Client_PresenceObligatoire_Passes()
    {
        var result = WithPresence("PO").Validate(Exchanges.Answering(ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")));

        RuleAssert.DoesNotFlag(result, "MHS217");
    }

    private static ExampleEnvelope WithPresence(string presence) => ExampleEnvelope.Of("ReponseWSCreerDemandeMHS")
        .With("<PresenceClient>PNO</PresenceClient>", $"<PresenceClient>{presence}</PresenceClient>");
}
