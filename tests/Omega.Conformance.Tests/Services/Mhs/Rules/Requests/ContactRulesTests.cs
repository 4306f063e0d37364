using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class ContactRulesTests
{
    private const string Telephone = "<Telephone>0478563412</Telephone>";
    private const string TelephonePath = "/RequeteWSCreerDemandeMHS/Demande/ContactIntervention/Telephone";

    [Theory]
    [InlineData("V5")]
    [InlineData("V8")]
    [InlineData("V10")]
    public void Telephone_Digits_Passes(string version)
    {
        RuleAssert.DoesNotFlag(Request(version).Validate(), "MHS123");
    }

    [Theory]
    [InlineData("V5", false)]
    [InlineData("V6", false)]
    [InlineData("V7", false)]
    [InlineData("V8", true)]
    [InlineData("V9", true)]
    [InlineData("V10", true)]
    public void Telephone_WithSpaces_IsFlaggedFromV8WithOmegasLabel(string version, bool flagged)
    {
        var result = Request(version).With(Telephone, "<Telephone>04 78 56 34 12</Telephone>").Validate();

        if (flagged)
        {
            var violation = RuleAssert.Flags(result, "MHS123", TelephonePath);
            Assert.Equal(
                "Champ numéro de téléphone incorrect : caractères numériques uniquement.", violation.Message);
        }
        else
        {
            RuleAssert.DoesNotFlag(result, "MHS123");
        }
    }

    [Theory]
    [InlineData("+33478563412")]
    [InlineData("04.78.56.34.12")]
    public void Telephone_OtherSigns_IsFlagged(string telephone)
    {
        var result = Request("V10").With(Telephone, $"<Telephone>{telephone}</Telephone>").Validate();

        RuleAssert.Flags(result, "MHS123", TelephonePath);
    }

    [Theory]
    [InlineData("Mr")]
    [InlineData("Mlle")]
    [InlineData("Mme")]
    public void Civilite_Known_Passes(string civilite)
    {
        var result = Request("V10").With("<Civilite>Mme</Civilite>", $"<Civilite>{civilite}</Civilite>").Validate();

        RuleAssert.DoesNotFlag(result, "MHS124");
    }

    [Theory]
    [InlineData("M.")]
    [InlineData("MME")]
    [InlineData("")]
    public void Civilite_Other_ReplacesTheSchemasVerdict(string civilite)
    {
        var result = Request("V10").With("<Civilite>Mme</Civilite>", $"<Civilite>{civilite}</Civilite>").Validate();

        RuleAssert.Flags(
            result, "MHS124", "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/Contrat/UtilisateurFinal/Civilite");
    }

    private static ExampleEnvelope Request(string version) => ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
        .With("<NumeroVersion>V10</NumeroVersion>", $"<NumeroVersion>{version}</NumeroVersion>");
}
