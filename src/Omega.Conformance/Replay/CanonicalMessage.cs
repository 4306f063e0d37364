using System.Text;
using System.Xml;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Replay;

/// <summary>
/// A message reduced to what matters when matching requests: its elements by namespace and local
/// name, attributes in order of name, trimmed texts, and nothing of its volatile fields, prefixes,
/// layout or comments. Two requests XMLUnit finds alike have the same canonical form.
/// </summary>
public static class CanonicalMessage
{
    /// <summary>The canonical form of the message in an envelope, or null when it is not XML.</summary>
    /// <param name="envelope">The envelope's bytes.</param>
    /// <param name="volatileFields">The fields left out.</param>
    /// <param name="personalData">
    /// Paths of the personal fields, kept by their shape only (digits, letters, the rest): a
    /// pseudonymized recording matches the live request it was made from.
    /// </param>
    public static string? Of(
        ReadOnlyMemory<byte> envelope, VolatileFields volatileFields, IReadOnlyList<string> personalData)
    {
        var (document, _) = SafeXml.Load(envelope);
        if (document is null)
        {
            return null;
        }

        volatileFields.Remove(document);
        var message = SafeXml.MessageOf(document);
        if (message is null)
        {
            return null;
        }

        foreach (var path in personalData)
        {
            if (Find(message, path) is { } field)
            {
                field.InnerText = Shape(field.InnerText);
            }
        }

        var text = new StringBuilder();
        Append(message, text);
        return text.ToString();
    }

    /// <summary>What a pseudonym token keeps of a value: digits as 9, letters as A or a, the rest as is.</summary>
    public static string Shape(string value) => string.Create(value.Length, value, (shape, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            shape[i] = char.IsDigit(c) ? '9' : char.IsUpper(c) ? 'A' : char.IsLetter(c) ? 'a' : c;
        }
    });

    private static XmlElement? Find(XmlElement root, string path)
    {
        var current = root;
        foreach (var name in path.Split('/'))
        {
            current = current.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == name);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static void Append(XmlElement element, StringBuilder text)
    {
        text.Append('{').Append(element.NamespaceURI).Append('}').Append(element.LocalName);
        foreach (var attribute in element.Attributes.Cast<XmlAttribute>()
            .Where(a => a.NamespaceURI != "http://www.w3.org/2000/xmlns/")
            .OrderBy(a => a.NamespaceURI + ":" + a.LocalName, StringComparer.Ordinal))
        {
            text.Append(" @").Append(attribute.LocalName).Append('=').Append(attribute.Value);
        }

        text.Append('(');
        foreach (XmlNode child in element.ChildNodes)
        {
            switch (child)
            {
                case XmlElement childElement:
                    Append(childElement, text);
                    break;
                case XmlText or XmlCDataSection when child.Value!.Trim() is { Length: > 0 } value:
                    text.Append('"').Append(value).Append('"');
                    break;
            }
        }

        text.Append(')');
    }
}
