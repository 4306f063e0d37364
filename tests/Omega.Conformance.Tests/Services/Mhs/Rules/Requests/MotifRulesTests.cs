using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class MotifRulesTests
{
    private const string Path = "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/Motif";

    [Theory]
    [InlineData("21")]
    [InlineData("22")]
    public void Supplier_Motif21Or22_Passes(string motif)
    {
        var result = SupplierWith($"<Motif>{motif}</Motif>").Validate();

        RuleAssert.DoesNotFlag(result, "MHS112");
        RuleAssert.DoesNotFlag(result, "MHS113");
    }

    [Theory]
    [InlineData("<Motif/>")]
    [InlineData("")]
    public void Supplier_NoMotif_IsAWarning(string motif)
    {
        var result = SupplierWith(motif).Validate();

        var violation = RuleAssert.Flags(result, "MHS112", Path);
        Assert.Equal(Severity.Warning, violation.Severity);
        Assert.True(result.IsConformant);
    }

    [Theory]
    [InlineData("23")]
    [InlineData("1")]
    public void Supplier_OtherMotif_IsAnError(string motif)
    {
        var result = SupplierWith($"<Motif>{motif}</Motif>").Validate();

        RuleAssert.Flags(result, "MHS113", Path);
        RuleAssert.DoesNotFlag(result, "MHS112");
    }

    [Theory]
    [InlineData("<Motif/>")]
    [InlineData("")]
    public void Client_EmptyMotif_Passes(string motif)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").With("<Motif/>", motif).Validate();

        RuleAssert.DoesNotFlag(result, "MHS112");
        RuleAssert.DoesNotFlag(result, "MHS114");
    }

    [Theory]
    [InlineData("21")]
    [InlineData("23")]
    public void Client_AnyMotif_IsFlagged(string motif)
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<Motif/>", $"<Motif>{motif}</Motif>")
            .Validate();

        RuleAssert.Flags(result, "MHS114", Path);
        RuleAssert.DoesNotFlag(result, "MHS113");
    }

    private static ExampleEnvelope SupplierWith(string motif) =>
        Exchanges.SupplierRequest().With("<Motif>21</Motif>", motif);
}
