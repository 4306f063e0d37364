using System.Globalization;
using System.Text.RegularExpressions;
using Omega.Conformance.Dialogue;
using Omega.Features.Scenario;
using Omega.Features.Supplier;

namespace Omega.Features.Steps;

/// <summary>
/// The dates and slots the scenarios speak of, made real on the target's calendar: "a Sunday
/// morning" (never a working day, so never free), "the first offered slot", "the 3rd offered slot",
/// "the next working day".
/// </summary>
internal static partial class Slots
{
    public static RequestedSlot Resolve(SupplierDialogue dialogue, string words)
    {
        var today = dialogue.Target.Clock.Today;
        var offered = dialogue.State.Offered;
        if (SundayPattern().Match(words) is { Success: true } sunday)
        {
            var days = ((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7;
            var date = Text(today.AddDays(days < 3 ? days + 7 : days));
            return new RequestedSlot(date, dialogue.Plage(sunday.Groups[1].Value));
        }

        return words switch
        {
            "the next working day" => new RequestedSlot(Text(NextWorkingDay(today.AddDays(1))), null),
            "the next working day in the morning" =>
                new RequestedSlot(Text(NextWorkingDay(today.AddDays(1))), dialogue.Plage("morning")),
            "the first offered slot" or "the programmed date" when offered.Count > 0 =>
                new RequestedSlot(offered[0].Date, NonEmpty(offered[0].Plage)),
            "the last offered slot" when offered.Count > 0 =>
                new RequestedSlot(offered[^1].Date, NonEmpty(offered[^1].Plage)),
            _ when RankPattern().Match(words) is { Success: true } rank => Offered(offered, int.Parse(
                rank.Groups[1].Value, CultureInfo.InvariantCulture), words),
            "the free slot OMEGA offered earlier" => dialogue.Remembered
                ?? throw new InvalidOperationException("No earlier step found a free slot."),
            "a slot OMEGA did not offer" => Resolve(dialogue, "a Sunday afternoon"),
            _ when words.Contains("offered", StringComparison.Ordinal) =>
                throw new InvalidOperationException($"OMEGA's last answer offered no slot to take as \"{words}\"."),
            _ => throw new InvalidOperationException($"The suite does not know the date \"{words}\"."),
        };
    }

    /// <summary>The slot at that rank (from 1) in OMEGA's last offer: how an exported recording names it.</summary>
    private static RequestedSlot Offered(IReadOnlyList<OfferedSlot> offered, int rank, string words) =>
        rank >= 1 && rank <= offered.Count
            ? new RequestedSlot(offered[rank - 1].Date, NonEmpty(offered[rank - 1].Plage))
            : throw new InvalidOperationException($"OMEGA's last offer has {offered.Count} slots: no \"{words}\".");

    private static DateOnly NextWorkingDay(DateOnly from)
    {
        var day = from.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? NonEmpty(string plage) => plage.Length == 0 ? null : plage;

    [GeneratedRegex(@"^the (\d+)(?:st|nd|rd|th) offered slot$")]
    private static partial Regex RankPattern();

    [GeneratedRegex("^a Sunday (morning|afternoon)$")]
    private static partial Regex SundayPattern();
}
