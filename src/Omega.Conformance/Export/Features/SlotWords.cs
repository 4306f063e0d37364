using System.Globalization;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Services.Mhs.Dialogue;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// Names the dates and slots of the recording in the words of the suite's steps. Dates are the
/// target's own: a slot OMEGA offered is named by its place in the offer, a date it had not offered
/// by what OMEGA made of it (not free: a Sunday; free: the slot found free by an earlier demand).
/// </summary>
internal static class SlotWords
{
    public const string FreeEarlier = "the free slot OMEGA offered earlier";
    public const string ProgrammedDate = "the programmed date";
    public const string NotOffered = "a slot OMEGA did not offer";
    private const string NextWorkingDay = "the next working day";

    /// <summary>The first appointment a creation asks for, or null when it asks for none.</summary>
    public static SlotPhrase? Creation(RecordedCall call, SuiteProfile profile)
    {
        if (call.Request?.Find("Demande/PremierRdvDemande") is not { } asked)
        {
            return null;
        }

        return Unoffered(Slot(asked, "Plage"), ProvedFree(call), profile);
    }

    /// <summary>The date and slot a ProposerDatePlage proposes, against what OMEGA offered before.</summary>
    public static SlotPhrase Proposal(RecordedCall call, IReadOnlyList<OfferedSlot> offered, SuiteProfile profile)
    {
        var slot = Requested(call);
        var place = Place(offered, slot);
        return place >= 0 ? new SlotPhrase(Position(place), slot.Date, Lasting: false)
            : Unoffered(slot, ProvedFree(call), profile);
    }

    /// <summary>The slot an AccepterRdv takes: the one to confirm, one of the list, or one never offered.</summary>
    public static SlotPhrase Acceptance(RecordedCall call, IReadOnlyList<OfferedSlot> offered, bool confirming)
    {
        var slot = Requested(call);
        var place = Place(offered, slot);
        var words = place < 0 ? NotOffered : confirming && place == 0 ? ProgrammedDate : Position(place);
        return new SlotPhrase(words, slot.Date, Lasting: false);
    }

    /// <summary>"the first offered slot", "the 2nd offered slot", … "the 24th offered slot".</summary>
    public static string Position(int place)
    {
        var rank = place + 1;
        var suffix = (rank % 100) is >= 11 and <= 13 ? "th"
            : (rank % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return rank == 1 ? "the first offered slot"
            : "the " + rank.ToString(CultureInfo.InvariantCulture) + suffix + " offered slot";
    }

    /// <summary>A date OMEGA had not offered: not free, a Sunday of the recorded Plage; free, one found free.</summary>
    private static SlotPhrase Unoffered(OfferedSlot slot, bool free, SuiteProfile profile)
    {
        if (free)
        {
            return new SlotPhrase(FreeEarlier, slot.Date, Lasting: true);
        }

        if (slot.Plage.Length == 0)
        {
            return new SlotPhrase(NextWorkingDay, slot.Date, Lasting: true);
        }

        return profile.WordsOf(slot.Plage) is "morning" or "afternoon"
            ? new SlotPhrase("a Sunday " + profile.WordsOf(slot.Plage), slot.Date, Lasting: true)
            : new SlotPhrase(
                "a Sunday morning",
                slot.Date,
                Lasting: true,
                $"the recorded Plage {slot.Plage} is neither the \"morning\" nor the \"afternoon\" of the target "
                + $"profile '{profile.Name}': the scenario asks for a Sunday morning");
    }

    /// <summary>The answer shows the date asked for was free: OMEGA asks to confirm it, or programmed it.</summary>
    private static bool ProvedFree(RecordedCall call) =>
        call.Codes.CodeRetour == MhsReturnCodes.DatePlageH.Code
        || call.Codes is { TypeRetourDialogue: "T" } && call.Codes.CodeRetour == MhsReturnCodes.DmdOkDP.Code;

    private static OfferedSlot Requested(RecordedCall call) =>
        MhsMessages.RequestedSlot(call.Request) ?? new OfferedSlot(string.Empty, string.Empty);

    private static int Place(IReadOnlyList<OfferedSlot> offered, OfferedSlot slot)
    {
        for (var i = 0; i < offered.Count; i++)
        {
            if (offered[i].Date == slot.Date && (offered[i].Plage == slot.Plage || slot.Plage.Length == 0))
            {
                return i;
            }
        }

        return -1;
    }

    private static OfferedSlot Slot(Soap.MessageElement element, string plage) =>
        new(element.Child("Date")?.Value.Trim() ?? string.Empty, element.Child(plage)?.Value.Trim() ?? string.Empty);
}
