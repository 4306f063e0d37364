namespace Omega.Conformance.Validation;

/// <summary>
/// The rules of the first layer: a message must be safe, well-formed XML, a SOAP envelope with one
/// message in its Body, and valid against the contract's XSD. They come before any business rule.
/// </summary>
public static class StructuralRules
{
    private const string XmlLayer = "XML 1.0";
    private const string SoapLayer = "SOAP 1.1 / 1.2";
    private const string SchemaLayer = "XSD";

    public static readonly RuleDescriptor Malformed = new(
        "XML001", Severity.Error, XmlLayer, "The document is well-formed XML in a supported encoding.");

    public static readonly RuleDescriptor DtdProhibited = new(
        "XML002", Severity.Error, XmlLayer, "The document has no DTD: entities are never declared nor expanded.");

    public static readonly RuleDescriptor TooLarge = new(
        "XML003", Severity.Error, XmlLayer, "The document is no larger than the configured limit.");

    public static readonly RuleDescriptor TooDeep = new(
        "XML004", Severity.Error, XmlLayer, "Elements are nested no deeper than the configured limit.");

    public static readonly RuleDescriptor NotAnEnvelope = new(
        "SOAP001", Severity.Error, SoapLayer, "The root element is a SOAP 1.1 or SOAP 1.2 Envelope.");

    public static readonly RuleDescriptor NoBody = new(
        "SOAP002", Severity.Error, SoapLayer, "The Envelope has a Body.");

    public static readonly RuleDescriptor EmptyBody = new(
        "SOAP003", Severity.Error, SoapLayer, "The Body holds a message element.");

    public static readonly RuleDescriptor SeveralBodyElements = new(
        "SOAP004", Severity.Error, SoapLayer, "The Body holds exactly one element, the message.");

    public static readonly RuleDescriptor ContentTypeMismatch = new(
        "SOAP005", Severity.Error, SoapLayer, "The HTTP Content-Type names the envelope's SOAP version.");

    public static readonly RuleDescriptor UnknownMessage = new(
        "XSD001", Severity.Error, SchemaLayer, "The message is declared by the contract, in its namespace.");

    public static readonly RuleDescriptor MissingElement = new(
        "XSD002", Severity.Error, SchemaLayer, "Every element the schema requires is present.");

    public static readonly RuleDescriptor UnexpectedElement = new(
        "XSD003", Severity.Error, SchemaLayer, "No element appears where the schema does not allow it.");

    public static readonly RuleDescriptor InvalidValue = new(
        "XSD004", Severity.Error, SchemaLayer, "Every value matches its type: enumeration, pattern, length, date.");

    public static readonly RuleDescriptor SchemaOther = new(
        "XSD005", Severity.Error, SchemaLayer, "The message is otherwise valid against the schema.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        Malformed, DtdProhibited, TooLarge, TooDeep,
        NotAnEnvelope, NoBody, EmptyBody, SeveralBodyElements, ContentTypeMismatch,
        UnknownMessage, MissingElement, UnexpectedElement, InvalidValue, SchemaOther,
    ];
}
