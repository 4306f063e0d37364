using System.Security;
using System.Text;

namespace Omega.Conformance.Soap;

/// <summary>
/// Replaces the values of chosen elements in an envelope's text as it was sent, leaving every
/// other byte, prefix and line as it was: what the pseudonymizer and the replay need, and what a
/// parse-and-serialize round trip would not give.
/// </summary>
public sealed class EnvelopeEditor
{
    private readonly DecodedXml _document;
    private readonly List<int> _lines;
    private readonly SortedList<int, (int End, string Value)> _replacements = [];

    public EnvelopeEditor(ReadOnlyMemory<byte> envelope)
    {
        _document = DecodedXml.Decode(envelope.Span);
        _lines = LineStarts(_document.Text);
    }

    public bool HasChanges => _replacements.Count > 0;

    /// <summary>Replaces the content of a leaf element read from this envelope; false if it cannot be placed.</summary>
    public bool Replace(MessageElement element, string value)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(value);
        if (ContentSpan(element) is not { } span)
        {
            return false;
        }

        _replacements[span.Start] = (span.End, SecurityElement.Escape(value));
        return true;
    }

    /// <summary>The envelope with the replacements made, in its original encoding.</summary>
    public byte[] ToBytes()
    {
        var text = _document.Text.AsMemory();
        var pieces = new List<ReadOnlyMemory<char>>(_replacements.Count * 2 + 1);
        var position = 0;
        foreach (var (start, (end, value)) in _replacements)
        {
            pieces.Add(text[position..start]);
            pieces.Add(value.AsMemory());
            position = end;
        }

        pieces.Add(text[position..]);
        return _document.Encode(pieces);
    }

    /// <summary>Where the element's content lies in the text: after its start tag, before its end tag.</summary>
    private (int Start, int End)? ContentSpan(MessageElement element)
    {
        if (element.Children.Count > 0 || element.Line < 1 || element.Line > _lines.Count)
        {
            return null;
        }

        var text = _document.Text;
        var start = EndOfStartTag(text, _lines[element.Line - 1] + element.Column - 1);
        if (start < 0)
        {
            return null;
        }

        var end = StartOfEndTag(text, start);
        return end < 0 ? null : (start, end);
    }

    private static int EndOfStartTag(string text, int index)
    {
        char? quote = null;
        for (var i = index; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                // An empty element (<X/>) has no content to replace.
                return text[i - 1] == '/' ? -1 : i + 1;
            }
        }

        return -1;
    }

    private static int StartOfEndTag(string text, int index)
    {
        for (var i = text.IndexOf('<', index); i >= 0; i = text.IndexOf('<', i + 1))
        {
            if (string.CompareOrdinal(text, i, "<![CDATA[", 0, 9) == 0)
            {
                i = text.IndexOf("]]>", i, StringComparison.Ordinal);
            }
            else if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                i = text.IndexOf("-->", i, StringComparison.Ordinal);
            }
            else
            {
                return i;
            }

            if (i < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
