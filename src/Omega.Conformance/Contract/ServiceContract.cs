using System.Collections.Frozen;
using System.Xml;
using System.Xml.Schema;

namespace Omega.Conformance.Contract;

/// <summary>
/// The compiled XSD of one or more OMEGA services, loaded once and shared by every validation.
/// The namespaces come from the schemas themselves: nothing in the tool names them.
/// </summary>
public sealed class ServiceContract
{
    private readonly FrozenDictionary<string, XmlQualifiedName[]> _messagesByLocalName;

    internal ServiceContract(string source, XmlSchemaSet schemas)
    {
        Source = source;
        Schemas = schemas;
        _messagesByLocalName = schemas.GlobalElements.Names
            .Cast<XmlQualifiedName>()
            .GroupBy(name => name.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        TargetNamespaces = schemas.Schemas()
            .Cast<XmlSchema>()
            .Select(schema => schema.TargetNamespace)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The folder the schemas were read from.</summary>
    public string Source { get; }

    /// <summary>The compiled schema set; read-only once compiled, so it is shared across threads.</summary>
    public XmlSchemaSet Schemas { get; }

    public IReadOnlyList<string> TargetNamespaces { get; }

    /// <summary>True when the contract declares a global element of that exact name and namespace.</summary>
    public bool Declares(string localName, string namespaceUri) =>
        _messagesByLocalName.TryGetValue(localName, out var names)
        && Array.Exists(names, name => name.Namespace == namespaceUri);

    /// <summary>The namespace the contract gives a message of that local name, or null if it has none.</summary>
    public string? NamespaceOf(string localName) =>
        _messagesByLocalName.TryGetValue(localName, out var names) ? names[0].Namespace : null;
}
