using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Responses;

public sealed class RetourRulesTests
{
    private const string ListeDPLabel = "La date et la plage horaire demandées ne sont pas disponibles. "
        + "Choisissez une nouvelle date et ou plage horaire dans la liste.";

    [Theory]
    [InlineData("ReponseWSVerifierRecevabiliteMHS", "P")]
    [InlineData("ReponseWSVerifierRecevabiliteMHS", "A")]
    [InlineData("ReponseWSCreerDemandeMHS", "T")]
    [InlineData("ReponseWSAccepterRdv", "P")]
    public void TypeRetourDialogue_AllowedForTheOperation_Passes(string answer, string type)
    {
        RuleAssert.DoesNotFlag(WithType(answer, type).Validate(), "MHS201");
    }

    [Theory]
    [InlineData("ReponseWSVerifierRecevabiliteMHS", "T")]
    [InlineData("ReponseWSCreerDemandeMHS", "X")]
    [InlineData("ReponseWSAbandonnerDemande", "")]
    public void TypeRetourDialogue_NotAllowed_IsFlaggedAndTheCodeNotJudgedAgainstIt(string answer, string type)
    {
        var result = WithType(answer, type).Validate();

        RuleAssert.Flags(result, "MHS201", $"/{answer}/TypeRetourDialogue");
        RuleAssert.DoesNotFlag(result, "MHS203");
    }

    [Fact]
    public void CodeRetour_OfAnnexeA_Passes()
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of("ReponseWSCreerDemandeMHS").Validate(), "MHS202");
    }

    [Theory]
    [InlineData("DmdOk")]
    [InlineData("listedp")]
    public void CodeRetour_Unknown_IsFlaggedAndItsLabelsNotJudged(string code)
    {
        var result = ExampleEnvelope.Of("ReponseWSCreerDemandeMHS")
            .With("<CodeRetour>ListeDP</CodeRetour>", $"<CodeRetour>{code}</CodeRetour>")
            .Validate();

        RuleAssert.Flags(result, "MHS202", "/ReponseWSCreerDemandeMHS/Retour/CodeRetour");
        RuleAssert.DoesNotFlag(result, "MHS204");
    }

    [Theory]
    [InlineData("T", "DmdOkDP", true)]
    [InlineData("T", "DmdOkDD", true)]
    [InlineData("P", "Message", true)]
    [InlineData("P", "DatePlageH", true)]
    [InlineData("P", "ListeDP", true)]
    [InlineData("A", "DmdKo", true)]
    [InlineData("T", "ListeDP", false)]
    [InlineData("P", "DmdOkDP", false)]
    [InlineData("A", "Message", false)]
    [InlineData("P", "DmdKo", false)]
    public void CodeRetour_AgreesWithTheTypeAsInAnnexeA(string type, string code, bool agrees)
    {
        var result = WithType("ReponseWSCreerDemandeMHS", type)
            .With("<CodeRetour>ListeDP</CodeRetour>", $"<CodeRetour>{code}</CodeRetour>")
            .Validate();

        RuleAssert.FlagsWhen(!agrees, result, "MHS203", "/ReponseWSCreerDemandeMHS/Retour/CodeRetour");
    }

    [Theory]
    [InlineData("DmdKo", "Demande non recevable : ERR-0042")]
    [InlineData("DmdKo", "Numéro de PCE incorrect ou inconnu 12")]
    [InlineData("DmdKo", "Donnée incorrecte : NumeroPCE / DEM_COH223")]
    [InlineData("DmdKo", "Le login doit être renseigné.")]
    [InlineData("DmdOkDD", "La demande sans intervention a été enregistrée correctement dans OMEGA.")]
    [InlineData("Message", "Demande recevable.")]
    public void MessageRetour_LabelOfTheCode_Passes(string code, string label)
    {
        var result = ExampleEnvelope.Of("ReponseWSAbandonnerDemande")
            .With("<CodeRetour>DmdKo</CodeRetour>", $"<CodeRetour>{code}</CodeRetour>")
            .With("<MessageRetour>Demande abandonnée.</MessageRetour>", $"<MessageRetour>{label}</MessageRetour>")
            .Validate();

        RuleAssert.DoesNotFlag(result, "MHS204");
    }

    [Fact]
    public void MessageRetour_LabelOfAnotherCode_IsAWarningQuotingTheExpectedLabel()
    {
        var result = ExampleEnvelope.Of("ReponseWSCreerDemandeMHS")
            .With(ListeDPLabel, "Demande recevable.")
            .Validate();

        var violation = RuleAssert.Flags(result, "MHS204", "/ReponseWSCreerDemandeMHS/Retour/MessageRetour");
        Assert.Equal(Severity.Warning, violation.Severity);
        Assert.Contains(ListeDPLabel, violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MessageRetour_EachOfSeveral_IsJudged()
    {
        var result = ExampleEnvelope.Of("ReponseWSAbandonnerDemande")
            .After(
                "<MessageRetour>Demande abandonnée.</MessageRetour>",
                "<MessageRetour>Donnée incorrecte : Login / C12</MessageRetour>"
                    + "<MessageRetour>Autre chose</MessageRetour>")
            .Validate();

        RuleAssert.Flags(result, "MHS204", "/ReponseWSAbandonnerDemande/Retour/MessageRetour[3]");
    }

    private static ExampleEnvelope WithType(string answer, string type)
    {
        var example = ExampleEnvelope.Of(answer);
        var current = example.Text.Split("<TypeRetourDialogue>")[1][0];
        return example.With(
            $"<TypeRetourDialogue>{current}</TypeRetourDialogue>", $"<TypeRetourDialogue>{type}</TypeRetourDialogue>");
    }
}
