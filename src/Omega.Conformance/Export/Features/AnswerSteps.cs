using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;

namespace Omega.Conformance.Export.Features;

/// <summary>What the scenario expects of OMEGA's answer to one call: the recorded one, in the suite's steps.</summary>
internal static class AnswerSteps
{
    /// <summary>The suite's widest offer: a list holds 1 to 24 slots, and how many is the target's.</summary>
    private const string AnyOffer = "OMEGA offers between 1 and 24 slots";

    /// <param name="call">The recorded exchange.</param>
    /// <param name="given">The last date the supplier gave, which a Date Demandée may be.</param>
    /// <param name="text">The scenario being written.</param>
    /// <param name="notes">Where what cannot be expected goes.</param>
    public static void Write(RecordedCall call, SlotPhrase? given, ScenarioText text, ExportNotes notes)
    {
        if (call.Lost)
        {
            text.Then("no answer comes");
            return;
        }

        if (call.IsFault)
        {
            text.Then("OMEGA refuses the request with a SOAP Fault");
            return;
        }

        if (call.Response is null || call.Codes.CodeRetour is not { } code)
        {
            notes.Note(call, "the answer holds no message of the contract with a CodeRetour; nothing expected of it");
            return;
        }

        var label = call.AnswerLabel;
        var quoted = label is null ? string.Empty : $" \"{label.Text}\"";
        switch (call.Codes.TypeRetourDialogue)
        {
            case "A" when code == MhsReturnCodes.DmdKo.Code:
                text.Then("OMEGA abandons the dialogue with DmdKo" + quoted);
                break;
            case "P":
                text.Then($"the dialogue goes on with code {code}{quoted}");
                break;
            case "T":
                text.Then($"the dialogue ends with code {code}{quoted}");
                break;
            default:
                notes.Note(call, $"OMEGA answered \"{call.Codes.TypeRetourDialogue}\" / {code}, which no step expects");
                return;
        }

        if (label is null && call.Codes.MessageRetour.Count > 0)
        {
            text.Comment($"{call.Label}: OMEGA's MessageRetour is no label of Annexe A for {code}");
        }

        Details(call, given, text);
        if (call.AnswerErrors.Count > 0)
        {
            text.Comment($"{call.Label}: the recorded answer broke {string.Join(", ", call.AnswerErrors)}; "
                + "the scenario expects a conformant one");
        }
    }

    /// <summary>What else the answer says that the steps can check: slots, options, presence, dates.</summary>
    private static void Details(RecordedCall call, SlotPhrase? given, ScenarioText text)
    {
        var answer = MhsMessages.AnswerObject(call.Response);
        if (answer?.ChildrenNamed("ListeDatePlage").Any() == true)
        {
            text.Then(AnyOffer);
        }

        if (MhsMessages.Options(call.Response) is { Count: > 0 } options)
        {
            var offered = options.Select(o => o.Option + " " + o.PresenceClient);
            text.Then("the check offers the options " + string.Join(", ", offered));
        }

        if (call.Operation == MhsOperations.CreerDemandeMHS.Name
            && MhsMessages.PresenceClient(call.Response) is { Length: > 0 } presence)
        {
            text.Then("OMEGA gives PresenceClient " + presence);
        }

        if (call.Operation == MhsOperations.AccepterRdv.Name && call.Codes.CodeRetour == MhsReturnCodes.DmdOkDP.Code
            && answer?.Find("DateProgrammee/Date")?.Value.Trim() is { } programmed
            && programmed == MhsMessages.RequestedSlot(call.Request)?.Date)
        {
            text.Then("the programmed date is the slot accepted");
        }

        if (call.Codes.TypeRetourDialogue == "T" && given is { Lasting: true }
            && MhsMessages.DateDemandee(call.Response)?.Value.Trim() == given.Date)
        {
            text.Then("the Date Demandée is " + given.Words);
        }
    }
}
