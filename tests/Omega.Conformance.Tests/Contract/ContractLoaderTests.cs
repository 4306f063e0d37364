using Omega.Conformance.Contract;
using Omega.Conformance.Validation;
using Omega.Testing;

namespace Omega.Conformance.Tests.Contract;

public sealed class ContractLoaderTests : IDisposable
{
    private const string Placeholder = "http://omega-conformance.invalid/CreerDemandeMHS";
    private const string XmlSchema = "http://www.w3.org/2001/XMLSchema";
    private readonly string _folder = Directory.CreateTempSubdirectory("omega-xsd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_ShippedContract_DeclaresEveryMessageInItsNamespace()
    {
        var contract = ContractLoader.Load(RepositoryPaths.Xsd);

        Assert.Equal([Placeholder], contract.TargetNamespaces);
        foreach (var operation in Conformance.Services.Mhs.MhsOperations.All)
        {
            Assert.True(contract.Declares(operation.RequestElement, Placeholder));
            Assert.True(contract.Declares(operation.ResponseElement, Placeholder));
        }
    }

    [Fact]
    public void Load_ContractWithAnotherNamespace_ValidatesMessagesInThatNamespace()
    {
        const string official = "urn:example:official-delivery";
        var xsd = File.ReadAllText(Path.Combine(RepositoryPaths.Xsd, "CreerDemandeMHS.xsd"));
        File.WriteAllText(Path.Combine(_folder, "Official.xsd"), xsd.Replace(Placeholder, official));
        var envelope = File.ReadAllText(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"))
            .Replace(Placeholder, official);
        var validator = new MessageValidator(ContractLoader.Load(_folder));

        var result = validator.Validate(System.Text.Encoding.UTF8.GetBytes(envelope));

        Assert.Empty(result.Violations);
        Assert.Equal("8", result.Message!.Find("Demande/DonneesTypeDemande/OptionPrestation")!.Value);
    }

    [Fact]
    public void Load_SchemaSplitOverIncludedFiles_ReadsEachFileOnce()
    {
        File.WriteAllText(Path.Combine(_folder, "Main.xsd"), $"""
            <xs:schema xmlns:xs="{XmlSchema}" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
              <xs:include schemaLocation="Types.xsd"/>
              <xs:element name="Ping" type="Texte"/>
            </xs:schema>
            """);
        File.WriteAllText(Path.Combine(_folder, "Types.xsd"), $"""
            <xs:schema xmlns:xs="{XmlSchema}" targetNamespace="urn:t">
              <xs:simpleType name="Texte"><xs:restriction base="xs:string"/></xs:simpleType>
            </xs:schema>
            """);

        var contract = ContractLoader.Load(_folder);

        Assert.True(contract.Declares("Ping", "urn:t"));
    }

    [Fact]
    public void Load_MissingFolder_ThrowsWithTheFolderName()
    {
        var error = Assert.Throws<ContractException>(() => ContractLoader.Load(Path.Combine(_folder, "absent")));

        Assert.Contains("absent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidSchema_ThrowsWithFileAndLine()
    {
        File.WriteAllText(Path.Combine(_folder, "Broken.xsd"), $"""
            <xs:schema xmlns:xs="{XmlSchema}">
              <xs:element name="A" type="NoSuchType"/>
            </xs:schema>
            """);

        var error = Assert.Throws<ContractException>(() => ContractLoader.Load(_folder));

        Assert.Contains("Broken.xsd:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IncludeOutsideTheFolder_IsNotRead()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"omega-outside-{Guid.NewGuid():N}.xsd");
        File.WriteAllText(outside, $"<xs:schema xmlns:xs=\"{XmlSchema}\"><xs:element name=\"Leak\"/></xs:schema>");
        File.WriteAllText(Path.Combine(_folder, "Main.xsd"), $"""
            <xs:schema xmlns:xs="{XmlSchema}">
              <xs:include schemaLocation="{new Uri(outside)}"/>
            </xs:schema>
            """);

        var contract = ContractLoader.Load(_folder);
        File.Delete(outside);

        Assert.False(contract.Declares("Leak", string.Empty));
    }
}
