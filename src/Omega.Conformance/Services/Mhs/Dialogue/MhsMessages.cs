using Omega.Conformance.Dialogue;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Services.Mhs.Dialogue;

/// <summary>Reads the MHS fields the dialogue turns on: the dates and slots of both sides.</summary>
internal static class MhsMessages
{
    /// <summary>The answer's object: ReponseCreerDemandeObjet or ReponseRdvObjet.</summary>
    public static MessageElement? AnswerObject(MessageElement? response) =>
        response?.Child("ReponseCreerDemandeObjet") ?? response?.Child("ReponseRdvObjet");

    /// <summary>The date and slot a ProposerDatePlage or AccepterRdv request names.</summary>
    public static OfferedSlot? RequestedSlot(MessageElement? request) =>
        request?.Child("DatePlage") is { } datePlage ? Slot(datePlage, "Plage") : null;

    /// <summary>The first date of a CreerDemandeMHS request, its initial Date Demandée.</summary>
    public static string? PremierRdvDate(MessageElement? request) =>
        request?.Find("Demande/PremierRdvDemande/Date")?.Value.Trim() is { Length: > 0 } date ? date : null;

    public static MessageElement? DateDemandee(MessageElement? response) =>
        AnswerObject(response)?.Child("DateDemandee");

    /// <summary>The answer's PresenceClient, or null.</summary>
    public static string? PresenceClient(MessageElement? response) =>
        AnswerObject(response)?.Child("PresenceClient")?.Value.Trim();

    /// <summary>The options the check's answer offers, each with the customer's presence it needs.</summary>
    public static IReadOnlyList<(string Option, string PresenceClient)> Options(MessageElement? response) =>
        [.. (response?.Child("RetourRecupererDonneesObjet")?.ChildrenNamed("ListeOptionPrestation") ?? [])
            .Select(o => (Text(o, "OptionPrestation"), Text(o, "PresenceClient")))];

    /// <summary>What an answer offers to accept: its ListeDatePlage, or the DateProgrammee to confirm.</summary>
    public static IReadOnlyList<OfferedSlot> Offered(MessageElement? response)
    {
        var answer = AnswerObject(response);
        if (answer is null)
        {
            return [];
        }

        var list = answer.ChildrenNamed("ListeDatePlage").Select(slot => Slot(slot, "Plage")).ToList();
        if (list.Count == 0 && answer.Child("DateProgrammee") is { } programmee)
        {
            list.Add(Slot(programmee, "PlageHoraire"));
        }

        return list;
    }

    private static string Text(MessageElement element, string child) =>
        element.Child(child)?.Value.Trim() ?? string.Empty;

    private static OfferedSlot Slot(MessageElement element, string plageName) =>
        new(
            element.Child("Date")?.Value.Trim() ?? string.Empty,
            element.Child(plageName)?.Value.Trim() ?? string.Empty);
}
