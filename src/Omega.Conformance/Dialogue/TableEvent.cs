namespace Omega.Conformance.Dialogue;

/// <summary>
/// One row of a tableau d'états: an event, the step it belongs to, the demand's status after it, and
/// the events that may follow. An event with several possible statuses has one row per status.
/// </summary>
/// <param name="Number">The event's number in the tableau.</param>
/// <param name="Step">The step ("Etape 1"…).</param>
/// <param name="Side">Request, wait or response.</param>
/// <param name="Status">The demand's status after the event.</param>
/// <param name="Next">The events that may follow; <see cref="Fin"/> stands for "Fin".</param>
/// <param name="Source">Where the row comes from, when it is not the tableau itself.</param>
public sealed record TableEvent(
    int Number, string Step, EventSide Side, string Status, IReadOnlyList<int> Next, string? Source = null)
{
    /// <summary>The end of the dialogue, "Fin" in the tableau's last column.</summary>
    public const int Fin = 0;

    public bool MayEnd => Next.Contains(Fin);
}
