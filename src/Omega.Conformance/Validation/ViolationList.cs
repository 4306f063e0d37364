namespace Omega.Conformance.Validation;

/// <summary>
/// Collects the violations of one message, up to a cap: a hostile body may break a rule a million
/// times, and memory per message stays bounded. What is dropped is counted, never hidden.
/// </summary>
public sealed class ViolationList
{
    public const int DefaultCapacity = 200;

    private readonly List<Violation> _items = [];
    private readonly int _capacity;
    private int _droppedErrors;

    public ViolationList(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    public IReadOnlyList<Violation> Items => _items;

    /// <summary>How many violations were found beyond the cap and not kept.</summary>
    public int Dropped { get; private set; }

    public bool HasErrors => _droppedErrors > 0 || _items.Exists(v => v.Severity == Severity.Error);

    public void Add(Violation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        if (_items.Count < _capacity)
        {
            _items.Add(violation);
            return;
        }

        Dropped++;
        if (violation.Severity == Severity.Error)
        {
            _droppedErrors++;
        }
    }

    /// <summary>Drops the kept violations that match, so that one field gets one verdict.</summary>
    internal void RemoveWhere(Predicate<Violation> match) => _items.RemoveAll(match);
}
