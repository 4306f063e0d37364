using Omega.Conformance.Rules;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Services.Mhs.Rules.Requests;

/// <summary>
/// Shows the supplier what the technician will read (a note, ObservationDisco) and warns for each
/// contact field the Bon d'Intervention will cut.
/// </summary>
internal sealed class ObservationDiscoRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "MHS125",
        Severity.Warning,
        "3.3.1.2",
        "ContactIntervention fits the Bon d'Intervention uncut (Nom 20, CodeAcces 5, ComplementAdresse 53, "
            + "48 for a MHS-F); the ObservationDisco it makes is shown as a note.");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (!MhsRequests.IsCreerDemande(context)
            || context.Message.Find("Demande/ContactIntervention") is not { } contact)
        {
            return;
        }

        var initiative = MhsRequests.Initiative(context.Message);
        if (initiative == MhsInitiative.Unknown)
        {
            return;
        }

        foreach (var field in ObservationDisco.Fields)
        {
            var room = ObservationDisco.Room(field, initiative);
            if (contact.Child(field) is { } element && element.Value.Length > room)
            {
                context.Report(
                    Rule,
                    element,
                    $"{field} has {element.Value.Length} characters; the Bon d'Intervention keeps the first {room}.");
            }
        }

        context.Note(
            ObservationDisco.Key,
            ObservationDisco.Compose(
                contact.Child("Nom")?.Value ?? string.Empty,
                contact.Child("CodeAcces")?.Value ?? string.Empty,
                contact.Child("ComplementAdresse")?.Value ?? string.Empty,
                initiative));
    }
}
