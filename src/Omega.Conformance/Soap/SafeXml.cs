using System.Xml;

namespace Omega.Conformance.Soap;

/// <summary>
/// Loads a document for comparison as safely as the validator reads one: no DTD, no resolution, bounded.
/// </summary>
public static class SafeXml
{
    /// <summary>The document, or null with the reason when the bytes are not safe, well-formed XML.</summary>
    public static (XmlDocument? Document, string? Error) Load(ReadOnlyMemory<byte> bytes, XmlLimits? limits = null)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = (limits ?? XmlLimits.Default).MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = new Validation.ReadOnlyMemoryStream(bytes);
            using var reader = XmlReader.Create(stream, settings);
            var document = new XmlDocument { XmlResolver = null, PreserveWhitespace = false };
            document.Load(reader);
            return (document, null);
        }
        catch (XmlException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The first element of the SOAP Body, or the root when the document is no envelope.</summary>
    public static XmlElement? MessageOf(XmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.DocumentElement;
        if (root is null || root.LocalName != "Envelope")
        {
            return root;
        }

        var body = root.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "Body");
        return body?.ChildNodes.OfType<XmlElement>().FirstOrDefault() ?? root;
    }
}
