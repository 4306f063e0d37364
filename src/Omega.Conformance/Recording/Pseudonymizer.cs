using System.Security;
using System.Text;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Recording;

/// <summary>
/// Replaces the personal values of a message with their tokens, in the text as it was sent: the
/// rest of the envelope keeps its bytes, its prefixes and its layout, and the tokens keep the
/// values' shape, so a pseudonymized recording stays valid against the XSD and replayable.
/// </summary>
public sealed class Pseudonymizer
{
    private readonly IReadOnlyList<string> _paths;

    /// <param name="paths">Paths of local names from a message root, as the services declare them.</param>
    public Pseudonymizer(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = paths;
    }

    /// <summary>The envelope with its personal values replaced, and what was replaced by what.</summary>
    /// <param name="envelope">The bytes of the envelope as sent.</param>
    /// <param name="message">The message read from them by the validator; null when none could be read.</param>
    public PseudonymizedBody Apply(ReadOnlyMemory<byte> envelope, MessageElement? message, PseudonymKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var fields = message is null ? [] : PersonalFields(message);
        if (fields.Count == 0)
        {
            return new PseudonymizedBody(envelope, new Dictionary<string, string>());
        }

        var document = XmlText.Decode(envelope.Span);
        var lines = LineStarts(document.Text);
        var replacements = new SortedList<int, (int End, string Token)>();
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (ContentSpan(document.Text, lines, field) is not { } span)
            {
                continue;
            }

            var token = key.Token(field.Value);
            tokens[field.Value] = token;
            replacements[span.Start] = (span.End, SecurityElement.Escape(token));
        }

        var text = new StringBuilder(document.Text.Length);
        var position = 0;
        foreach (var (start, (end, token)) in replacements)
        {
            text.Append(document.Text, position, start - position).Append(token);
            position = end;
        }

        text.Append(document.Text, position, document.Text.Length - position);
        return new PseudonymizedBody(document.Encode(text.ToString()), tokens);
    }

    private List<MessageElement> PersonalFields(MessageElement message)
    {
        var found = new List<MessageElement>();
        foreach (var path in _paths)
        {
            if (message.Find(path) is { Children.Count: 0, Value.Length: > 0 } field)
            {
                found.Add(field);
            }
        }

        return found;
    }

    /// <summary>Where the element's content lies in the text: after its start tag, before its end tag.</summary>
    private static (int Start, int End)? ContentSpan(string text, List<int> lines, MessageElement element)
    {
        if (element.Line < 1 || element.Line > lines.Count)
        {
            return null;
        }

        var index = lines[element.Line - 1] + element.Column - 1;
        var start = EndOfStartTag(text, index);
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
