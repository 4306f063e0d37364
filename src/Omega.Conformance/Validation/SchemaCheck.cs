using System.Xml;
using System.Xml.Schema;
using Omega.Conformance.Contract;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Validation;

/// <summary>
/// Validates one message against the contract while it is read, through a push-mode
/// <see cref="XmlSchemaValidator"/>: the body is read once, and each error gets the path of the
/// element it concerns, including the path of a missing element.
/// </summary>
internal sealed class SchemaCheck
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly XmlSchemaValidator _validator;
    private readonly ViolationList _violations;
    private readonly IReadOnlyList<string> _namespaces;
    private readonly IXmlLineInfo? _lineInfo;
    private MessageElement? _current;
    private Step _step;

    public SchemaCheck(ServiceContract contract, XmlReader reader, ViolationList violations)
    {
        _violations = violations;
        _namespaces = contract.TargetNamespaces;
        _lineInfo = reader as IXmlLineInfo;
        _validator = new XmlSchemaValidator(
            reader.NameTable,
            contract.Schemas,
            (IXmlNamespaceResolver)reader,
            XmlSchemaValidationFlags.ProcessIdentityConstraints);
        _validator.LineInfoProvider = _lineInfo;
        _validator.ValidationEventHandler += OnValidationEvent;
        _validator.Initialize();
    }

    private enum Step
    {
        Element,
        Attribute,
        Content,
        End,
    }

    public void StartElement(XmlReader reader, MessageElement element)
    {
        _current = element;
        _step = Step.Element;
        string? xsiType = null;
        string? xsiNil = null;
        if (reader.HasAttributes)
        {
            xsiType = reader.GetAttribute("type", XsiNamespace);
            xsiNil = reader.GetAttribute("nil", XsiNamespace);
        }

        _validator.ValidateElement(reader.LocalName, reader.NamespaceURI, null, xsiType, xsiNil, null, null);
        if (reader.MoveToFirstAttribute())
        {
            _step = Step.Attribute;
            do
            {
                if (reader.NamespaceURI is not XmlnsNamespace and not XsiNamespace)
                {
                    _validator.ValidateAttribute(reader.LocalName, reader.NamespaceURI, reader.Value, null);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        _validator.ValidateEndOfAttributes(null);
    }

    public void Text(string value)
    {
        _step = Step.Content;
        _validator.ValidateText(value);
    }

    public void Whitespace(string value)
    {
        _step = Step.Content;
        _validator.ValidateWhitespace(value);
    }

    public void EndElement(MessageElement element)
    {
        _current = element;
        _step = Step.End;
        _validator.ValidateEndElement(null);
    }

    public void Finish() => _validator.EndValidation();

    private void OnValidationEvent(object? sender, ValidationEventArgs e)
    {
        if (e.Severity != XmlSeverityType.Error || _current is null)
        {
            return;
        }

        var line = e.Exception.LineNumber;
        var column = e.Exception.LinePosition;
        var violation = _step switch
        {
            Step.Element => StructuralRules.UnexpectedElement.At(_current.Path, Clean(e.Message), line, column),
            Step.Attribute => StructuralRules.SchemaOther.At(_current.Path, Clean(e.Message), line, column),
            Step.End when MissingChild() is { } missing => StructuralRules.MissingElement.At(
                _current.PathOf(missing),
                $"'{missing}' is missing in '{_current.Name}'.",
                line,
                column),
            Step.End or Step.Content => StructuralRules.InvalidValue.At(_current.Path, Clean(e.Message), line, column),
            _ => StructuralRules.SchemaOther.At(_current.Path, Clean(e.Message), line, column),
        };
        _violations.Add(violation);
    }

    /// <summary>The first element the content model still expected when the element ended, if any.</summary>
    private string? MissingChild()
    {
        foreach (var particle in _validator.GetExpectedParticles())
        {
            if (particle is XmlSchemaElement element)
            {
                return element.QualifiedName.Name;
            }
        }

        return null;
    }

    /// <summary>Drops the namespace from the validator's message: the path already places the field.</summary>
    private string Clean(string message)
    {
        foreach (var ns in _namespaces)
        {
            message = message
                .Replace($" in namespace '{ns}'", string.Empty, StringComparison.Ordinal)
                .Replace($"'{ns}:", "'", StringComparison.Ordinal);
        }

        return message;
    }
}
