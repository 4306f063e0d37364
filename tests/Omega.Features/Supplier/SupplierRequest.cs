using System.Text;
using System.Xml;
using System.Xml.Linq;
using Omega.Testing;

namespace Omega.Features.Supplier;

/// <summary>
/// One request of the supplier, made from the shipped example of its operation and changed field by
/// field (OMEGA's field names, found by local name), or given as bytes for a broken envelope.
/// </summary>
public sealed class SupplierRequest
{
    public const string Soap11 = "text/xml; charset=utf-8";

    /// <summary>
    /// Where an optional field goes when the example lacks it: its parent, and the fields it follows.
    /// </summary>
    private static readonly Dictionary<string, (string Parent, string[] After)> Placement = new(StringComparer.Ordinal)
    {
        ["CodePostal"] = ("Demande", ["NumeroPCE"]),
        ["ValeurIndexReleve"] = ("DonneesTypeDemande", ["OptionPrestation"]),
        ["DateIndexClient"] = ("DonneesTypeDemande", ["ValeurIndexReleve", "OptionPrestation"]),
        ["IndexClient"] = ("DonneesTypeDemande", ["DateIndexClient", "ValeurIndexReleve", "OptionPrestation"]),
        ["PremierRdvDemande"] = ("Demande", ["DonneesTypeDemande"]),
        ["Plage"] = ("PremierRdvDemande", ["Date"]),
        ["NumeroSynchroIntervention"] = ("PremierRdvDemande", ["Plage", "Date"]),
    };

    private readonly XDocument? _document;
    private readonly byte[]? _raw;

    private SupplierRequest(string operation, XDocument? document, byte[]? raw)
    {
        Operation = operation;
        _document = document;
        _raw = raw;
    }

    /// <summary>The WSDL operation the request is for.</summary>
    public string Operation { get; }

    public string ContentType { get; private set; } = Soap11;

    private XElement Message => _document?.Root?.Descendants()
        .First(e => e.Name.LocalName.StartsWith("RequeteWS", StringComparison.Ordinal))
        ?? throw new InvalidOperationException("This request was given as bytes: it has no fields to change.");

    public static SupplierRequest FromExample(string operation)
    {
        var path = RepositoryPaths.Example("RequeteWS" + operation);
        return new SupplierRequest(operation, XDocument.Load(path, LoadOptions.PreserveWhitespace), raw: null);
    }

    /// <summary>A request given whole, for the envelopes no example can be edited into.</summary>
    public static SupplierRequest FromBytes(string operation, byte[] envelope) => new(operation, null, envelope);

    /// <summary>The value of a field, by local name or a path of local names ("PremierRdvDemande/Date").</summary>
    public string? Get(string field) => Find(field)?.Value;

    /// <summary>
    /// Sets a field's value, adding the field where the contract places it when the example lacks it.
    /// </summary>
    public SupplierRequest Set(string field, string value)
    {
        var element = Find(field) ?? Add(field);
        element.RemoveNodes();
        element.Value = value;
        return this;
    }

    public SupplierRequest Remove(string field)
    {
        Find(field)?.Remove();
        return this;
    }

    /// <summary>Adds a copy of a field right after it: a second message, a repeated element.</summary>
    public SupplierRequest Duplicate(string field)
    {
        var element = Find(field) ?? throw Missing(field);
        element.AddAfterSelf(new XElement(element));
        return this;
    }

    /// <summary>Adds an element the contract does not know, after the named field.</summary>
    public SupplierRequest AddUnknown(string after, string name, string value)
    {
        var anchor = Find(after) ?? throw Missing(after);
        anchor.AddAfterSelf(new XElement(Message.Name.Namespace + name, value));
        return this;
    }

    /// <summary>Puts an attribute on a field: the contract declares none.</summary>
    public SupplierRequest Attribute(string field, string name, string value)
    {
        (Find(field) ?? throw Missing(field)).SetAttributeValue(name, value);
        return this;
    }

    public SupplierRequest SentAs(string contentType)
    {
        ContentType = contentType;
        return this;
    }

    public byte[] ToBytes()
    {
        if (_raw is not null)
        {
            return _raw;
        }

        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            _document!.Save(writer);
        }

        return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text);
    }

    /// <summary>The envelope as text, for a report.</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToBytes());

    private XElement? Find(string field)
    {
        var names = field.Split('/');
        var first = Message.Name.LocalName == names[0]
            ? Message
            : Message.Descendants().FirstOrDefault(e => e.Name.LocalName == names[0]);
        foreach (var name in names.Skip(1))
        {
            first = first?.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        }

        return first;
    }

    private XElement Add(string field)
    {
        var name = field.Split('/')[^1];
        if (!Placement.TryGetValue(name, out var place))
        {
            throw new InvalidOperationException(
                $"{Operation}: the example has no {field}, and the suite does not know where it goes.");
        }

        var parent = Find(place.Parent) ?? Add(place.Parent);
        var element = new XElement(Message.Name.Namespace + name);
        var before = place.After.Select(sibling => parent.Elements().LastOrDefault(e => e.Name.LocalName == sibling))
            .FirstOrDefault(found => found is not null);
        if (before is null)
        {
            parent.AddFirst(element);
        }
        else
        {
            before.AddAfterSelf(element);
        }

        return element;
    }

    private InvalidOperationException Missing(string field) => new($"{Operation}: the request has no {field}.");
}
