namespace Omega.Conformance.Report;

/// <summary>Counts how often each key was met, and keeps where it was met first.</summary>
internal sealed class Tally<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (int Times, CoverageSighting First)> _met = [];
    private readonly List<TKey> _order = [];

    /// <summary>The keys met, in the order first met.</summary>
    public IReadOnlyList<TKey> Keys => _order;

    public void Add(TKey key, CoverageSighting where)
    {
        if (_met.TryGetValue(key, out var met))
        {
            _met[key] = (met.Times + 1, met.First);
            return;
        }

        _met[key] = (1, where);
        _order.Add(key);
    }

    public int Times(TKey key) => _met.TryGetValue(key, out var met) ? met.Times : 0;

    public CoverageSighting? First(TKey key) => _met.TryGetValue(key, out var met) ? met.First : null;
}
