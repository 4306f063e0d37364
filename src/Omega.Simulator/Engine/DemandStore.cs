using System.Collections.Concurrent;
using System.Globalization;

namespace Omega.Simulator.Engine;

/// <summary>The demands of the run, by NumeroDemande; numbers follow from the seed.</summary>
internal sealed class DemandStore
{
    private readonly ConcurrentDictionary<string, Demand> _demands = new(StringComparer.Ordinal);
    private readonly long _first;
    private long _count;

    public DemandStore(int seed)
    {
        _first = new Random(seed).Next(100_000_000, 800_000_000);
    }

    public int Count => _demands.Count;

    /// <summary>The next demand number: "MHS" and nine digits.</summary>
    public string NextNumber() =>
        "MHS" + (_first + Interlocked.Increment(ref _count)).ToString("D9", CultureInfo.InvariantCulture);

    public void Add(Demand demand) => _demands[demand.NumeroDemande] = demand;

    public Demand? Find(string? numeroDemande) =>
        numeroDemande is not null && _demands.TryGetValue(numeroDemande, out var demand) ? demand : null;
}
