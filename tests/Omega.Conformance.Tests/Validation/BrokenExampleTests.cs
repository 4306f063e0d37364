using Omega.Testing;

namespace Omega.Conformance.Tests.Validation;

/// <summary>
/// Copies of the examples broken one way each, under Samples/Invalid, as the schema layer alone
/// judges them: where a business rule judges the same field, its verdict replaces the schema's
/// (see Services/Mhs/Rules/BrokenForOneRuleTests).
/// </summary>
public sealed class BrokenExampleTests
{
    [Theory]
    [InlineData("login-removed.xml", "XSD002", "/RequeteWSVerifierRecevabiliteMHS/Utilisateur/Login")]
    [InlineData("version-out-of-range.xml", "XSD004", "/RequeteWSCreerDemandeMHS/NumeroVersion")]
    [InlineData("date-not-iso.xml", "XSD004", "/RequeteWSCreerDemandeMHS/Demande/PremierRdvDemande/Date")]
    [InlineData(
        "too-many-slots.xml", "XSD003", "/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet/ListeDatePlage[25]")]
    [InlineData("unknown-element.xml", "XSD003", "/RequeteWSCreerDemandeMHS/Demande/Remarque")]
    public void Validate_BrokenCopy_FailsWithTheRuleAtTheFieldsPath(string sample, string ruleId, string path)
    {
        var result = Contracts.ValidateFile(Samples.Invalid(sample), Contracts.SchemaOnlyValidator());

        Assert.False(result.IsConformant);
        var violation = Assert.Single(result.Violations, v => v.RuleId.StartsWith("XSD", StringComparison.Ordinal));
        Assert.Equal(ruleId, violation.RuleId);
        Assert.Equal(path, violation.Path);
        Assert.True(violation.Line > 0);
    }

    [Fact]
    public void Validate_VersionOutOfRange_NamesTheValueAndTheEnumeration()
    {
        var result = Contracts.ValidateFile(
            Samples.Invalid("version-out-of-range.xml"), Contracts.SchemaOnlyValidator());

        var violation = Assert.Single(result.Violations);
        Assert.Contains("'V11'", violation.Message, StringComparison.Ordinal);
        Assert.Contains("Enumeration", violation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("omega-conformance.invalid", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingLogin_SaysWhichElementIsMissing()
    {
        var result = Contracts.ValidateFile(Samples.Invalid("login-removed.xml"), Contracts.SchemaOnlyValidator());

        var violation = Assert.Single(result.Violations);
        Assert.Equal("'Login' is missing in 'Utilisateur'.", violation.Message);
    }
}
