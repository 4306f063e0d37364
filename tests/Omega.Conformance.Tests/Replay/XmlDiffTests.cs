using System.Text;
using Omega.Conformance.Replay;
using Omega.Testing;

namespace Omega.Conformance.Tests.Replay;

public sealed class XmlDiffTests
{
    private static readonly byte[] Recorded = File.ReadAllBytes(RepositoryPaths.Example("ReponseWSCreerDemandeMHS"));

    [Fact]
    public void Compare_SameMessageWithOtherPrefixesAndLayout_HasNoDifference()
    {
        var live = Encoding.UTF8.GetString(Recorded)
            .Replace("soapenv:", "S:", StringComparison.Ordinal)
            .Replace("xmlns:soapenv", "xmlns:S", StringComparison.Ordinal)
            .Replace(
                "<ReponseWSCreerDemandeMHS xmlns=",
                "<m:ReponseWSCreerDemandeMHS xmlns:m=\"http://omega-conformance.invalid/CreerDemandeMHS\" xmlns=",
                StringComparison.Ordinal)
            .Replace("</ReponseWSCreerDemandeMHS>", "</m:ReponseWSCreerDemandeMHS>", StringComparison.Ordinal)
            .Replace("\n        ", "\n", StringComparison.Ordinal);

        var differences = XmlDiff.Compare(Recorded, Encoding.UTF8.GetBytes(live), VolatileFields.Default);

        Assert.Empty(differences);
    }

    [Fact]
    public void Compare_ChangedCodeRetour_IsTheFirstDifference()
    {
        var live = Edit("<CodeRetour>ListeDP</CodeRetour>", "<CodeRetour>DmdKo</CodeRetour>");

        var difference = XmlDiff.Compare(Recorded, live, VolatileFields.Default)[0];

        var expected = new XmlDifference("/ReponseWSCreerDemandeMHS/Retour/CodeRetour", "value", "ListeDP", "DmdKo");
        Assert.Equal(expected, difference);
    }

    [Fact]
    public void Compare_DefaultVolatileFields_IgnoreNumeroDemandeAndOfferedSlots()
    {
        var live = Edit("<NumeroDemande>MHS000123456</NumeroDemande>", "<NumeroDemande>MHS9</NumeroDemande>");
        live = Encoding.UTF8.GetBytes(
            Encoding.UTF8.GetString(live).Replace("2026-12-16", "2027-01-05", StringComparison.Ordinal));

        Assert.Empty(XmlDiff.Compare(Recorded, live, VolatileFields.Default));
        Assert.NotEmpty(XmlDiff.Compare(Recorded, live, new VolatileFields([])));
    }

    [Fact]
    public void Compare_UserVolatileField_IsIgnored()
    {
        var live = Edit("<PresenceClient>PNO</PresenceClient>", "<PresenceClient>PO</PresenceClient>");

        Assert.NotEmpty(XmlDiff.Compare(Recorded, live, VolatileFields.Default));
        Assert.Empty(XmlDiff.Compare(
            Recorded, live, new VolatileFields([.. VolatileFields.Defaults, "//PresenceClient"])));
    }

    [Fact]
    public void Compare_MissingElement_IsNamed()
    {
        var live = Edit("        <PresenceClient>PNO</PresenceClient>\n", string.Empty);

        var difference = Assert.Single(XmlDiff.Compare(Recorded, live, VolatileFields.Default));

        Assert.Equal("missing", difference.Kind);
        Assert.Equal("/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet/PresenceClient", difference.Path);
    }

    [Theory]
    [InlineData("//A/B", "//*[local-name()='A']/*[local-name()='B']")]
    [InlineData("/A", "/*[local-name()='A']")]
    [InlineData("//*[local-name()='A']", "//*[local-name()='A']")]
    public void ToLocalNames_SimplePaths_IgnoreNamespaces(string given, string expected)
    {
        Assert.Equal(expected, VolatileFields.ToLocalNames(given));
    }

    [Fact]
    public void VolatileFields_InvalidXPath_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new VolatileFields(["//A["]));
    }

    private static byte[] Edit(string oldText, string newText)
    {
        var text = Encoding.UTF8.GetString(Recorded);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text.Replace(oldText, newText, StringComparison.Ordinal));
    }
}
