using System.Xml;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Recording;

/// <summary>
/// What an answer says of the dialogue: OMEGA's TypeRetourDialogue, CodeRetour and MessageRetour, or
/// the faultstring of a SOAP Fault. Null where the answer holds none (no body, not XML).
/// </summary>
public sealed record AnswerCodes(string? TypeRetourDialogue, string? CodeRetour, string? MessageRetour, string? Fault)
{
    public static AnswerCodes None { get; } = new(null, null, null, null);

    /// <summary>One line for people: "P ListeDP", "Fault: ...", or an empty string.</summary>
    public string Summary => Fault is not null
        ? "Fault: " + Fault
        : string.Join(' ', new[] { TypeRetourDialogue, CodeRetour }.Where(part => part is not null));

    /// <summary>Reads the codes of a recorded answer; it never throws, whatever the bytes.</summary>
    public static AnswerCodes Of(ReadOnlyMemory<byte> answer)
    {
        if (answer.IsEmpty || SafeXml.Load(answer).Document is not { } document
            || SafeXml.MessageOf(document) is not { } message)
        {
            return None;
        }

        if (message.LocalName == "Fault")
        {
            return None with { Fault = Child(message, "faultstring")?.InnerText ?? string.Empty };
        }

        var retour = Child(message, "Retour");
        var messages = retour?.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == "MessageRetour").ToList();
        return new AnswerCodes(
            Child(message, "TypeRetourDialogue")?.InnerText,
            retour is null ? null : Child(retour, "CodeRetour")?.InnerText,
            messages is { Count: > 0 } ? string.Join(" / ", messages.Select(e => e.InnerText)) : null,
            null);
    }

    private static XmlElement? Child(XmlElement parent, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == localName);
}
