namespace Omega.Simulator.Faults;

/// <summary>
/// The faults in force: those of the data file and those added through the admin call. The first
/// that matches a call is applied, and counted down when it has a number of times.
/// </summary>
public sealed class FaultBoard
{
    private readonly Lock _lock = new();
    private readonly List<(FaultRule Rule, int? Left)> _rules = [];

    internal FaultBoard(IEnumerable<FaultRule> initial)
    {
        foreach (var rule in initial)
        {
            Add(rule);
        }
    }

    public IReadOnlyList<FaultRule> Current
    {
        get
        {
            lock (_lock)
            {
                return [.. _rules.Select(entry => entry.Rule with { Times = entry.Left })];
            }
        }
    }

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_lock)
        {
            _rules.Add((rule, rule.Times));
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }
    }

    /// <summary>The fault that hits this call, or null; a counted fault is spent by it.</summary>
    internal FaultRule? Take(string operation, string? pce)
    {
        lock (_lock)
        {
            var index = _rules.FindIndex(entry => entry.Rule.Matches(operation, pce));
            if (index < 0)
            {
                return null;
            }

            var (rule, left) = _rules[index];
            if (left is { } times)
            {
                if (times <= 1)
                {
                    _rules.RemoveAt(index);
                }
                else
                {
                    _rules[index] = (rule, times - 1);
                }
            }

            return rule;
        }
    }
}
