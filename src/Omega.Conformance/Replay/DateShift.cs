using Omega.Conformance.Rules;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Replay;

/// <summary>
/// How far a replay moves the dates of a dialogue recorded in the past, so that the dates it asks
/// for are in the future again, as they were when it was recorded. The move is whole weeks: a
/// Monday stays a Monday, and a slot asked for on a Sunday is still refused as it was.
/// </summary>
public readonly record struct DateShift(int Weeks)
{
    /// <summary>No move: the recorded dates as they are.</summary>
    public static DateShift None => default;

    public int Days => Weeks * 7;

    /// <summary>
    /// The fewest whole weeks that bring the day the dialogue began to today or after; none for a
    /// dialogue that began today or later.
    /// </summary>
    public static DateShift Between(DateOnly recorded, DateOnly today) =>
        recorded >= today ? None : new DateShift((today.DayNumber - recorded.DayNumber + 6) / 7);

    /// <summary>Moves every field of the message whose whole value is a date (YYYY-MM-DD); returns how many.</summary>
    public int Apply(MessageElement? message, EnvelopeEditor editor)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (Weeks == 0 || message is null)
        {
            return 0;
        }

        var moved = 0;
        foreach (var leaf in message.Leaves())
        {
            if (IsoDate.TryParse(leaf.Value.Trim(), out var date)
                && editor.Replace(leaf, IsoDate.Text(date.AddDays(Days))))
            {
                moved++;
            }
        }

        return moved;
    }
}
