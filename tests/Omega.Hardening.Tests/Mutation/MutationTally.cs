using System.Text;
using Omega.Conformance.Validation;

namespace Omega.Hardening.Tests.Mutation;

/// <summary>How many cases each family tried, and each one's verdict: conformant, or its first error's rule.</summary>
internal sealed class MutationTally
{
    public const string Conformant = "conformant";

    private readonly Dictionary<MutationFamily, Dictionary<string, int>> _verdicts = [];

    public int Total => _verdicts.Values.Sum(v => v.Values.Sum());

    public void Add(MutationFamily family, ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdict = result.IsConformant
            ? Conformant
            : result.Violations.First(v => v.Severity == Severity.Error).RuleId;
        Add(family, verdict);
    }

    public void Add(MutationFamily family, string verdict)
    {
        var verdicts = _verdicts.TryGetValue(family, out var known) ? known : _verdicts[family] = [];
        verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
    }

    public int Count(MutationFamily family, string verdict) =>
        _verdicts.TryGetValue(family, out var verdicts) ? verdicts.GetValueOrDefault(verdict) : 0;

    public int Count(MutationFamily family) =>
        _verdicts.TryGetValue(family, out var verdicts) ? verdicts.Values.Sum() : 0;

    /// <summary>One line per family: its cases, then each verdict with its count, the most frequent first.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (family, verdicts) in _verdicts.OrderBy(pair => pair.Key))
        {
            text.Append($"{family,-9} {verdicts.Values.Sum(),6} cases:");
            var mostFrequentFirst = verdicts
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal);
            foreach (var (verdict, count) in mostFrequentFirst)
            {
                text.Append($" {verdict} {count}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
