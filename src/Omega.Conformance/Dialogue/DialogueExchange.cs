using Omega.Conformance.Soap;

namespace Omega.Conformance.Dialogue;

/// <summary>
/// One exchange of a dialogue, as the model needs it: the operation, both messages, and the fields
/// every OMEGA dialogue turns on. <see cref="Response"/> is null when no answer came.
/// </summary>
public sealed record DialogueExchange
{
    /// <summary>The WSDL operation name.</summary>
    public required string Operation { get; init; }

    /// <summary>When the request was sent.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The request's root element, inside the Body.</summary>
    public MessageElement? Request { get; init; }

    /// <summary>The answer's root element, or null when none came (time-out, reset, SOAP Fault).</summary>
    public MessageElement? Response { get; init; }

    /// <summary>"P", "A" or "T", from the answer.</summary>
    public string? TypeRetourDialogue { get; init; }

    public string? CodeRetour { get; init; }

    public IReadOnlyList<string> MessageRetour { get; init; } = [];

    /// <summary>The PCE the request names, when it names one.</summary>
    public string? NumeroPCE { get; init; }

    /// <summary>The demand number, from the request or else from the answer.</summary>
    public string? NumeroDemande { get; init; }

    public bool Answered => Response is not null;

    /// <summary>Reads the fields the dialogue needs from the two messages, by local name.</summary>
    public static DialogueExchange Read(
        string operation, MessageElement? request, MessageElement? response, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var retour = response?.Child("Retour");
        return new DialogueExchange
        {
            Operation = operation,
            At = at,
            Request = request,
            Response = response,
            TypeRetourDialogue = response?.Child("TypeRetourDialogue")?.Value.Trim(),
            CodeRetour = retour?.Child("CodeRetour")?.Value.Trim(),
            MessageRetour = retour is null ? [] : [.. retour.ChildrenNamed("MessageRetour").Select(m => m.Value)],
            NumeroPCE = NonEmpty(FindShallow(request, "NumeroPCE")),
            NumeroDemande = NonEmpty(FindShallow(request, "NumeroDemande"))
                ?? NonEmpty(FindShallow(response, "NumeroDemande")),
        };
    }

    /// <summary>The element of that name among the children and grandchildren: where OMEGA puts its keys.</summary>
    private static MessageElement? FindShallow(MessageElement? root, string name)
    {
        if (root is null)
        {
            return null;
        }

        return root.Child(name)
            ?? root.Children.Select(child => child.Child(name)).FirstOrDefault(found => found is not null);
    }

    private static string? NonEmpty(MessageElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}
