using Omega.Conformance.Dialogue;
using Omega.Conformance.Soap;

namespace Omega.Features.Judging;

/// <summary>The fields of OMEGA's answers the scenarios look at, by local name.</summary>
public static class MhsAnswerFields
{
    public static MessageElement? AnswerObject(MessageElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Child("ReponseCreerDemandeObjet") ?? response.Child("ReponseRdvObjet");
    }

    public static int Slots(MessageElement response) =>
        AnswerObject(response)?.ChildrenNamed("ListeDatePlage").Count() ?? 0;

    public static string? DateDemandee(MessageElement response) =>
        AnswerObject(response)?.Child("DateDemandee")?.Value.Trim();

    public static string? PresenceClient(MessageElement response) =>
        AnswerObject(response)?.Child("PresenceClient")?.Value.Trim();

    public static OfferedSlot? DateProgrammee(MessageElement response) =>
        AnswerObject(response)?.Child("DateProgrammee") is { } programmee
            ? new OfferedSlot(programmee.Child("Date")?.Value.Trim() ?? string.Empty,
                programmee.Child("PlageHoraire")?.Value.Trim() ?? string.Empty)
            : null;

    /// <summary>The check's options as "1 PNO".</summary>
    public static IReadOnlyList<string> Options(MessageElement response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return [.. (response.Child("RetourRecupererDonneesObjet")?.ChildrenNamed("ListeOptionPrestation") ?? [])
            .Select(o => o.Child("OptionPrestation")?.Value.Trim() + " " + o.Child("PresenceClient")?.Value.Trim())];
    }
}
