using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// The role the recording's PCE plays in the scenario: the one the profile gives it, or else the one
/// that behaves as OMEGA did in the recording, with the reason said in the feature.
/// </summary>
/// <param name="Role">A role of <see cref="PceRoles"/>.</param>
/// <param name="Reason">Why that role, when the profile does not give the PCE one; null otherwise.</param>
internal sealed record RoleChoice(string Role, string? Reason)
{
    /// <summary>The labels that only a PCE of one role is answered with, and that role.</summary>
    private static readonly (ReturnLabel Label, string Role, string Why)[] Telling =
    [
        (MhsReturnCodes.PceInconnu, PceRoles.Unknown, "OMEGA did not know it"),
        (MhsReturnCodes.HabilitationIncorrecte, PceRoles.AnotherSupplier, "OMEGA found it was not ours"),
        (MhsReturnCodes.CodePostalHorsDepartement, PceRoles.AnotherDepartement, "it lay in another département"),
        (MhsReturnCodes.DemandeNonRecevable, PceRoles.NotReceivable, "OMEGA could not take it out of service"),
        (MhsReturnCodes.PceCoupe, PceRoles.Cut, "OMEGA found it cut"),
        (MhsReturnCodes.DemandeSansIntervention, PceRoles.WithoutIntervention, "its MHS needed no intervention"),
        (MhsReturnCodes.RdvDateDemandeeAvecCode, PceRoles.NoFreeSlot, "OMEGA had no free slot for it"),
    ];

    public static RoleChoice Of(SuiteProfile profile, string? numeroPce, IReadOnlyList<RecordedCall> calls)
    {
        if (profile.RoleOf(numeroPce) is { } given)
        {
            return new RoleChoice(given, null);
        }

        var (chosen, why) = Evidence(calls);
        return new RoleChoice(
            chosen,
            $"The recorded PCE {numeroPce ?? "(none)"} plays no role of the target profile '{profile.Name}': "
            + $"the scenario plays \"{chosen}\", as {why}.");
    }

    private static (string Role, string Why) Evidence(IReadOnlyList<RecordedCall> calls)
    {
        var labels = calls.Select(c => c.AnswerLabel).OfType<ReturnLabel>().ToList();
        foreach (var (label, role, why) in Telling)
        {
            if (labels.Contains(label))
            {
                return (role, why);
            }
        }

        var creation = calls.FirstOrDefault(c => c.Operation == MhsOperations.CreerDemandeMHS.Name && c.Answered);
        if (creation?.Codes is { TypeRetourDialogue: "T", CodeRetour: "DmdOkDP" })
        {
            return (PceRoles.BooksAtOnce, "OMEGA programmed the appointment at once");
        }

        if (calls.Count > 0 && calls.All(c => c.Lost))
        {
            return (PceRoles.AnswersLost, "no answer came");
        }

        var slots = calls.Any(c => MhsMessages.Offered(c.Response).Count > 0);
        if (!slots && creation?.Codes is { TypeRetourDialogue: "T", CodeRetour: "DmdOkDD" })
        {
            return (PceRoles.Monthly, "OMEGA recorded its Date Demandée without offering a slot");
        }

        var presence = Presence(calls);
        var played = presence switch
        {
            "PO" => PceRoles.PresenceRequired,
            "IAS" => PceRoles.HardToReach,
            _ => PceRoles.Accessible,
        };
        var access = presence is null ? string.Empty : $" with PresenceClient {presence}";
        return (played, (slots ? "OMEGA offered slots" : "OMEGA answered as to a 6M PCE") + access);
    }

    /// <summary>The presence a MHS at the client's initiative needs: from the check, else the creation.</summary>
    private static string? Presence(IReadOnlyList<RecordedCall> calls)
    {
        foreach (var call in calls)
        {
            if (call.Operation == MhsOperations.VerifierRecevabiliteMHS.Name
                && MhsMessages.Options(call.Response).FirstOrDefault(o => o.Option == "1") is { } option)
            {
                return option.PresenceClient;
            }

            if (call.Operation == MhsOperations.CreerDemandeMHS.Name
                && call.Request?.Find("Demande/DonneesTypeDemande/FournisseurMHS")?.Value.Trim() == "false"
                && MhsMessages.PresenceClient(call.Response) is { Length: > 0 } presence)
            {
                return presence;
            }
        }

        return null;
    }
}
