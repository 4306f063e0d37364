namespace Omega.Conformance.Dialogue;

/// <summary>A tableau d'états as data: which events exist, and which may follow which.</summary>
public sealed class TransitionTable
{
    public TransitionTable(IEnumerable<TableEvent> events, IEnumerable<int> starts)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(starts);
        Events = [.. events];
        Starts = [.. starts];
    }

    /// <summary>Every row, in the tableau's order.</summary>
    public IReadOnlyList<TableEvent> Events { get; }

    /// <summary>The events a dialogue may open with.</summary>
    public IReadOnlyList<int> Starts { get; }

    /// <summary>The distinct event numbers of the tableau.</summary>
    public IEnumerable<int> Numbers => Events.Select(e => e.Number).Distinct();

    /// <summary>The row of that event and status, or null when the tableau has none.</summary>
    public TableEvent? Find(int number, string status) =>
        Events.FirstOrDefault(e => e.Number == number && e.Status == status);

    /// <summary>True when the tableau lets event <paramref name="next"/> follow the row reached last.</summary>
    public bool Allows(int lastEvent, string lastStatus, int next)
    {
        if (lastEvent == TableEvent.Fin)
        {
            return Starts.Contains(next);
        }

        return Find(lastEvent, lastStatus)?.Next.Contains(next) ?? false;
    }
}
