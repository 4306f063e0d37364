using Omega.Conformance.Rules;
using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Services.Mhs.Rules.Requests;

public sealed class ObservationDiscoRuleTests
{
    private const string Contact = "/RequeteWSCreerDemandeMHS/Demande/ContactIntervention";
    private const string Complement = "<ComplementAdresse>Bâtiment C, sous-sol, local compteurs</ComplementAdresse>";

    [Fact]
    public void Note_ClientInitiative_IsTheTextTheTechnicianReads()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").Validate();

        var note = Assert.Single(result.Notes);
        Assert.Equal(new Note("ObservationDisco", "Mme Roussel 4821B Bâtiment C, sous-sol, local compteurs"), note);
        RuleAssert.DoesNotFlag(result, "MHS125");
    }

    [Fact]
    public void Note_SupplierInitiative_StartsWithMhsF()
    {
        var result = Exchanges.SupplierRequest().Validate();

        var note = Assert.Single(result.Notes);
        Assert.Equal("MHS-F Mme Roussel 4821B Bâtiment C, sous-sol, local compteurs", note.Text);
    }

    [Fact]
    public void Note_EachFieldCut_IsWarnedAndCutInTheNote()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<Nom>Mme Roussel</Nom>", $"<Nom>{Letters('N', 21)}</Nom>")
            .With("<CodeAcces>4821B</CodeAcces>", "<CodeAcces>4821B7</CodeAcces>")
            .With(Complement, $"<ComplementAdresse>{Letters('C', 54)}</ComplementAdresse>")
            .Validate();

        Assert.Equal(
            [Contact + "/Nom", Contact + "/CodeAcces", Contact + "/ComplementAdresse"],
            result.Violations.Where(v => v.RuleId == "MHS125").Select(v => v.Path));
        Assert.All(result.Violations, v => Assert.Equal(Severity.Warning, v.Severity));
        Assert.Equal($"{Letters('N', 20)} 4821B {Letters('C', 53)}", Assert.Single(result.Notes).Text);
    }

    [Theory]
    [InlineData(false, 53, false)]
    [InlineData(false, 54, true)]
    [InlineData(true, 48, false)]
    [InlineData(true, 49, true)]
    public void ComplementAdresse_RoomDependsOnTheInitiative(bool supplier, int length, bool cut)
    {
        var request = supplier ? Exchanges.SupplierRequest() : ExampleEnvelope.Of("RequeteWSCreerDemandeMHS");

        var result = request
            .With(Complement, $"<ComplementAdresse>{Letters('C', length)}</ComplementAdresse>")
            .Validate();

        RuleAssert.FlagsWhen(cut, result, "MHS125", Contact + "/ComplementAdresse");
    }

    [Fact]
    public void Note_MissingFields_AreEmptyBetweenTheSpaces()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .Without("<CodeAcces>4821B</CodeAcces>")
            .Without(Complement)
            .Validate();

        Assert.Equal("Mme Roussel  ", Assert.Single(result.Notes).Text);
    }

    [Fact]
    public void Note_NoContact_IsNotWritten()
    {
        var result = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS").WithoutElements("ContactIntervention").Validate();

        Assert.Empty(result.Notes);
    }

    private static string Letters(char letter, int count) => new(letter, count);
}
