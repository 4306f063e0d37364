using System.Xml;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Soap;

/// <summary>
/// Builds the <see cref="MessageElement"/> tree of the element the reader is on, feeding the schema
/// check with the same nodes so that the message is read once.
/// </summary>
internal sealed class MessageBuilder
{
    private readonly XmlReader _reader;
    private readonly SchemaCheck? _schema;
    private readonly int _maxDepth;
    private readonly IXmlLineInfo? _lineInfo;

    public MessageBuilder(XmlReader reader, SchemaCheck? schema, int maxDepth)
    {
        _reader = reader;
        _schema = schema;
        _maxDepth = maxDepth;
        _lineInfo = reader as IXmlLineInfo;
    }

    public MessageElement Build()
    {
        var rootDepth = _reader.Depth;
        var root = Open(parent: null);
        if (_reader.IsEmptyElement)
        {
            Close(root);
            return root;
        }

        var current = root;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (_reader.Depth + 1 > _maxDepth)
                    {
                        throw new DepthExceededException();
                    }

                    var child = Open(current);
                    if (_reader.IsEmptyElement)
                    {
                        Close(child);
                    }
                    else
                    {
                        current = child;
                    }

                    break;

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                    current.Value = current.Value.Length == 0 ? _reader.Value : current.Value + _reader.Value;
                    _schema?.Text(_reader.Value);
                    break;

                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (current.Children.Count == 0)
                    {
                        current.Value += _reader.Value;
                    }

                    _schema?.Whitespace(_reader.Value);
                    break;

                case XmlNodeType.EndElement:
                    Close(current);
                    if (_reader.Depth == rootDepth)
                    {
                        return root;
                    }

                    current = current.Parent!;
                    break;
            }
        }

        return root;
    }

    private MessageElement Open(MessageElement? parent)
    {
        var element = new MessageElement(
            _reader.LocalName,
            _reader.NamespaceURI,
            parent,
            _lineInfo?.LineNumber ?? 0,
            _lineInfo?.LinePosition ?? 0);
        parent?.Add(element);
        _schema?.StartElement(_reader, element);
        return element;
    }

    private void Close(MessageElement element)
    {
        // An element with children keeps no text: the indentation between them is not a value.
        if (element.Children.Count > 0)
        {
            element.Value = string.Empty;
        }

        _schema?.EndElement(element);
    }
}
