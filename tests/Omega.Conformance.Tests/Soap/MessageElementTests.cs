using Omega.Testing;

namespace Omega.Conformance.Tests.Soap;

public sealed class MessageElementTests
{
    [Fact]
    public void Find_NestedLocalNames_ReturnsTheFieldWithItsValueAndPosition()
    {
        var message = Contracts.ValidateFile(RepositoryPaths.Example("RequeteWSCreerDemandeMHS")).Message!;

        var option = message.Find("Demande/DonneesTypeDemande/OptionPrestation");

        Assert.NotNull(option);
        Assert.Equal("8", option.Value);
        Assert.Equal("/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/OptionPrestation", option.Path);
        Assert.True(option.Line > 1);
    }

    [Fact]
    public void Leaves_OfAMessage_AreItsFieldsWithoutChildrenInDocumentOrder()
    {
        var message = Contracts.ValidateFile(RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS")).Message!;

        var leaves = message.Leaves().Select(leaf => leaf.Name).ToArray();

        Assert.Equal(["DNEntreprise", "NumeroCAD", "Login", "NumeroVersion", "NumeroPCE", "CodePostal"], leaves);
    }

    [Fact]
    public void Path_RepeatedSiblings_ShowTheRankFromTheSecond()
    {
        var message = Contracts.ValidateFile(RepositoryPaths.Example("ReponseWSCreerDemandeMHS")).Message!;

        var slots = message.Find("ReponseCreerDemandeObjet")!.ChildrenNamed("ListeDatePlage").ToList();

        Assert.Equal(4, slots.Count);
        Assert.EndsWith("/ListeDatePlage", slots[0].Path, StringComparison.Ordinal);
        Assert.EndsWith("/ListeDatePlage[3]", slots[2].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_TextInSeveralNodes_IsJoinedInOrder()
    {
        var envelope = ExampleEnvelope.Of("RequeteWSVerifierRecevabiliteMHS").With(
            "<NumeroPCE>19112345678901</NumeroPCE>",
            "<NumeroPCE>1911<![CDATA[2345]]>&#54;78<![CDATA[901]]></NumeroPCE>");

        var result = envelope.Validate();

        Assert.Equal("19112345678901", result.Message!.Child("NumeroPCE")!.Value);
        Assert.Empty(result.Violations);
    }

    [Fact]
    public void Value_ContainerElement_HasNoText()
    {
        var message = Contracts.ValidateFile(RepositoryPaths.Example("RequeteWSCreerDemandeMHS")).Message!;

        Assert.Equal(string.Empty, message.Child("Utilisateur")!.Value);
        Assert.Equal(string.Empty, message.Find("Demande/DonneesTypeDemande/Motif")!.Value);
        Assert.Equal("jdemo", message.Find("Utilisateur/Login")!.Value);
    }
}
