namespace Omega.Conformance.Dialogue;

/// <summary>One event of the tableau that a dialogue went through.</summary>
/// <param name="Event">The event's number; <see cref="TableEvent.Fin"/> for the end of the dialogue.</param>
/// <param name="Operation">The operation of the exchange that took it.</param>
/// <param name="Status">The demand's status after the event.</param>
/// <param name="At">When it was taken.</param>
/// <param name="Note">For an end: "A", "T" or "Fin(&gt;5min)".</param>
public sealed record TakenTransition(int Event, string Operation, string Status, DateTimeOffset At, string? Note = null)
{
    public override string ToString() =>
        (Event == TableEvent.Fin ? "Fin" : Event.ToString(System.Globalization.CultureInfo.InvariantCulture))
        + (Note is null ? string.Empty : " (" + Note + ")") + " → " + Status;
}
