using System.Text;
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

    // The text of the element being read, joined once at its end: a value split into thousands of
    // nodes (CDATA sections, character references) costs its length, not its length squared.
    private string? _firstText;
    private StringBuilder? _moreText;

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
                    CollectText(current, _reader.Value);
                    _schema?.Text(_reader.Value);
                    break;

                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    CollectText(current, _reader.Value);
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

    /// <summary>Keeps the text of an element that has no child yet; an element with children keeps none.</summary>
    private void CollectText(MessageElement element, string text)
    {
        if (element.Children.Count > 0)
        {
            return;
        }

        if (_firstText is null)
        {
            _firstText = text;
            return;
        }

        _moreText ??= new StringBuilder();
        if (_moreText.Length == 0)
        {
            _moreText.Append(_firstText);
        }

        _moreText.Append(text);
    }

    private string TakeText()
    {
        var text = _moreText is { Length: > 0 } more ? more.ToString() : _firstText ?? string.Empty;
        DropText();
        return text;
    }

    private void DropText()
    {
        _firstText = null;
        _moreText?.Clear();
    }

    private MessageElement Open(MessageElement? parent)
    {
        // The text read so far belonged to the parent, which now has a child and keeps no text.
        DropText();
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
        element.Value = element.Children.Count == 0 ? TakeText() : string.Empty;
        DropText();
        _schema?.EndElement(element);
    }
}
