using Omega.Conformance.Services.Mhs;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class IdentityRulesTests
{
    private const string Dn = "CN=fournisseur-demo.example, OU=OMEGA, O=Fournisseur Demo, C=FR";
    private const string Pce = "<NumeroPCE>19112345678901</NumeroPCE>";

    public static TheoryData<string> Requests() =>
    [
        "RequeteWSVerifierRecevabiliteMHS", "RequeteWSCreerDemandeMHS", "RequeteWSProposerDatePlage",
        "RequeteWSAccepterRdv", "RequeteWSDemanderPrecSuiv", "RequeteWSAbandonnerRdv", "RequeteWSAbandonnerDemande",
    ];

    [Theory]
    [MemberData(nameof(Requests))]
    public void DNEntreprise_Filled_Passes(string request)
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of(request).Validate(), "MHS101");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void DNEntreprise_Empty_IsFlaggedInEveryRequest(string request)
    {
        var result = ExampleEnvelope.Of(request).With(Dn, "  ").Validate();

        RuleAssert.Flags(result, "MHS101", $"/{request}/DNEntreprise");
    }

    [Fact]
    public void DNEntreprise_Missing_ReplacesTheSchemasVerdict()
    {
        var result = ExampleEnvelope.Of("RequeteWSAbandonnerDemande")
            .Without($"<DNEntreprise>{Dn}</DNEntreprise>")
            .Validate();

        var violation = RuleAssert.Flags(result, "MHS101", "/RequeteWSAbandonnerDemande/DNEntreprise");
        Assert.Equal("DNEntreprise is missing.", violation.Message);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void NumeroCAD_Filled_Passes(string request)
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of(request).Validate(), "MHS102");
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void NumeroCAD_Empty_IsFlaggedInEveryRequest(string request)
    {
        var result = ExampleEnvelope.Of(request).With("<NumeroCAD>GS9912</NumeroCAD>", "<NumeroCAD/>").Validate();

        var violation = RuleAssert.Flags(result, "MHS102", $"/{request}/NumeroCAD");
        Assert.Equal("NumeroCAD is empty.", violation.Message);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Login_Filled_Passes(string request)
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of(request).Validate(), "MHS103");
    }

    [Theory]
    [InlineData("<Login></Login>")]
    [InlineData("")]
    public void Login_EmptyOrMissing_GetsOmegasLabel(string login)
    {
        var result = ExampleEnvelope.Of("RequeteWSVerifierRecevabiliteMHS")
            .With("<Login>jdemo</Login>", login)
            .Validate();

        var violation = RuleAssert.Flags(result, "MHS103", "/RequeteWSVerifierRecevabiliteMHS/Utilisateur/Login");
        Assert.Equal("Le login doit être renseigné.", violation.Message);
        Assert.Equal(MhsReturnCodes.LoginManquant.Render(), violation.Message);
    }

    [Theory]
    [InlineData("RequeteWSVerifierRecevabiliteMHS")]
    [InlineData("RequeteWSCreerDemandeMHS")]
    public void NumeroPCE_Filled_Passes(string request)
    {
        RuleAssert.DoesNotFlag(ExampleEnvelope.Of(request).Validate(), "MHS105");
    }

    [Theory]
    [InlineData("RequeteWSVerifierRecevabiliteMHS", "/RequeteWSVerifierRecevabiliteMHS/NumeroPCE")]
    [InlineData("RequeteWSCreerDemandeMHS", "/RequeteWSCreerDemandeMHS/Demande/NumeroPCE")]
    public void NumeroPCE_Empty_GetsOmegasLabelAndNoFormatVerdict(string request, string path)
    {
        var result = ExampleEnvelope.Of(request).With(Pce, "<NumeroPCE/>").Validate();

        var violation = RuleAssert.Flags(result, "MHS105", path);
        Assert.Equal("Numéro de PCE incorrect ou inconnu", violation.Message);
        RuleAssert.DoesNotFlag(result, "MHS106");
    }

    [Fact]
    public void NumeroPCE_Missing_ReplacesTheSchemasVerdict()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Without(Pce).Validate();

        RuleAssert.Flags(result, "MHS105", "/RequeteWSCreerDemandeMHS/Demande/NumeroPCE");
    }

    [Theory]
    [InlineData("RequeteWSProposerDatePlage")]
    [InlineData("RequeteWSAccepterRdv")]
    [InlineData("RequeteWSDemanderPrecSuiv")]
    [InlineData("RequeteWSAbandonnerRdv")]
    [InlineData("RequeteWSAbandonnerDemande")]
    public void NumeroDemande_InAppointmentRequests_IsNeeded(string request)
    {
        var example = ExampleEnvelope.Of(request);
        var result = example
            .With("<NumeroDemande>MHS000123456</NumeroDemande>", "<NumeroDemande> </NumeroDemande>")
            .Validate();

        RuleAssert.DoesNotFlag(example.Validate(), "MHS126");
        RuleAssert.Flags(result, "MHS126", $"/{request}/NumeroDemande");
    }
}
