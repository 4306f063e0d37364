using System.Xml;
using Omega.Conformance.Contract;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Soap;

/// <summary>
/// Reads one SOAP envelope in a single pass, safely: no DTD, nothing resolved, size and depth
/// bounded. The Body's first element is built into a <see cref="MessageElement"/> tree and, when the
/// contract declares it, validated against the XSD as it is read. Problems become violations; the
/// parser never throws on bad input.
/// </summary>
internal sealed class EnvelopeParser
{
    private readonly ServiceContract _contract;
    private readonly XmlLimits _limits;
    private readonly ViolationList _violations;
    private readonly XmlReader _reader;
    private SoapVersion _version;
    private MessageElement? _message;

    private EnvelopeParser(ServiceContract contract, XmlLimits limits, ViolationList violations, XmlReader reader)
    {
        _contract = contract;
        _limits = limits;
        _violations = violations;
        _reader = reader;
    }

    public static ParsedEnvelope Parse(
        Stream input, ServiceContract contract, XmlLimits limits, ViolationList violations)
    {
        if (input.CanSeek && input.Length - input.Position > limits.MaxBytes)
        {
            violations.Add(StructuralRules.TooLarge.At("/", TooLargeMessage(limits)));
            return new ParsedEnvelope(SoapVersion.Unknown, null);
        }

        XmlReader? reader = null;
        EnvelopeParser? parser = null;
        try
        {
            // The reader decodes the first bytes as it is made: a broken encoding is refused here already.
            reader = XmlReader.Create(input, ReaderSettings(limits));
            parser = new EnvelopeParser(contract, limits, violations, reader);
            parser.ReadEnvelope();
        }
        catch (XmlException e)
        {
            violations.Add(Describe(e, limits));
        }
        catch (DepthExceededException)
        {
            violations.Add(StructuralRules.TooDeep.At(
                "/",
                $"Elements are nested deeper than {limits.MaxDepth} levels; the rest was not read.",
                (reader as IXmlLineInfo)?.LineNumber ?? 0,
                (reader as IXmlLineInfo)?.LinePosition ?? 0));
        }
        finally
        {
            reader?.Dispose();
        }

        return new ParsedEnvelope(parser?._version ?? SoapVersion.Unknown, parser?._message);
    }

    private static XmlReaderSettings ReaderSettings(XmlLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxBytes,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private void ReadEnvelope()
    {
        if (_reader.MoveToContent() != XmlNodeType.Element)
        {
            _violations.Add(StructuralRules.NotAnEnvelope.At("/", "The document has no root element."));
            return;
        }

        _version = SoapNamespaces.VersionOf(_reader.NamespaceURI);
        if (_reader.LocalName != "Envelope" || _version == SoapVersion.Unknown)
        {
            _violations.Add(StructuralRules.NotAnEnvelope.At(
                "/" + _reader.LocalName,
                $"The root element is '{_reader.LocalName}' in namespace '{_reader.NamespaceURI}', "
                + "not a SOAP Envelope.",
                LineNumber,
                LinePosition));
            _version = SoapVersion.Unknown;
            DrainToEnd();
            return;
        }

        var sawBody = false;
        if (!_reader.IsEmptyElement)
        {
            while (ReadChildOf(envelopeDepth: 0))
            {
                if (_reader.LocalName == "Body" && _reader.NamespaceURI == SoapNamespaceOf(_version) && !sawBody)
                {
                    sawBody = true;
                    ReadBody();
                }
                else
                {
                    SkipElement();
                }
            }
        }

        if (!sawBody)
        {
            _violations.Add(StructuralRules.NoBody.At("/Envelope", "The Envelope has no Body."));
        }

        DrainToEnd();
    }

    private void ReadBody()
    {
        var bodyDepth = _reader.Depth;
        var elements = 0;
        if (!_reader.IsEmptyElement)
        {
            while (ReadChildOf(bodyDepth))
            {
                elements++;
                if (elements == 1)
                {
                    ReadMessage();
                }
                else
                {
                    _violations.Add(StructuralRules.SeveralBodyElements.At(
                        "/Envelope/Body/" + _reader.LocalName,
                        $"The Body holds more than one element: '{_reader.LocalName}' follows the message.",
                        LineNumber,
                        LinePosition));
                    SkipElement();
                }
            }
        }

        if (elements == 0)
        {
            _violations.Add(StructuralRules.EmptyBody.At("/Envelope/Body", "The Body holds no message."));
        }
    }

    /// <summary>Moves to the next child element of the element at that depth; false at its end.</summary>
    private bool ReadChildOf(int envelopeDepth)
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                CheckDepth();
                return true;
            }

            if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == envelopeDepth)
            {
                return false;
            }
        }

        return false;
    }

    private void ReadMessage()
    {
        var name = _reader.LocalName;
        var ns = _reader.NamespaceURI;
        SchemaCheck? schema = null;
        if (_contract.Declares(name, ns))
        {
            schema = new SchemaCheck(_contract, _reader, _violations);
        }
        else if (name != "Fault" || SoapNamespaces.VersionOf(ns) != _version)
        {
            // The envelope's own namespace offers a Body one element only, its Fault.
            _violations.Add(StructuralRules.UnknownMessage.At(
                "/" + name, UnknownMessage(name, ns), LineNumber, LinePosition));
        }

        _message = new MessageBuilder(_reader, schema, _limits.MaxDepth).Build();
        schema?.Finish();
    }

    private string UnknownMessage(string name, string ns) => _contract.NamespaceOf(name) is { } expected
        ? $"'{name}' is in namespace '{ns}'; the contract declares it in '{expected}'."
        : $"The contract declares no message '{name}'.";

    private void SkipElement()
    {
        if (_reader.IsEmptyElement)
        {
            return;
        }

        var depth = _reader.Depth;
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                CheckDepth();
            }
            else if (_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth)
            {
                return;
            }
        }
    }

    /// <summary>Reads what is left, so that a truncated or ill-formed tail is still reported.</summary>
    private void DrainToEnd()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType == XmlNodeType.Element)
            {
                CheckDepth();
            }
        }
    }

    private void CheckDepth()
    {
        if (_reader.Depth + 1 > _limits.MaxDepth)
        {
            throw new DepthExceededException();
        }
    }

    private int LineNumber => (_reader as IXmlLineInfo)?.LineNumber ?? 0;

    private int LinePosition => (_reader as IXmlLineInfo)?.LinePosition ?? 0;

    private static string SoapNamespaceOf(SoapVersion version) =>
        version == SoapVersion.Soap12 ? SoapNamespaces.Soap12 : SoapNamespaces.Soap11;

    private static string TooLargeMessage(XmlLimits limits) =>
        $"The envelope is larger than {limits.MaxBytes} bytes; it was not read.";

    private static Violation Describe(XmlException e, XmlLimits limits)
    {
        // The reader reports these limits only through its message text (English: invariant globalization).
        if (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return StructuralRules.DtdProhibited.At(
                "/", "The document declares a DTD; DTDs and entities are refused.", e.LineNumber, e.LinePosition);
        }

        if (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return StructuralRules.TooLarge.At("/", TooLargeMessage(limits), e.LineNumber, e.LinePosition);
        }

        return StructuralRules.Malformed.At("/", e.Message, e.LineNumber, e.LinePosition);
    }
}
