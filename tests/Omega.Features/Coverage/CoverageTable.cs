using System.Text;
using Omega.Conformance.Services.Mhs.Dialogue;
using Omega.Conformance.Validation;

namespace Omega.Features.Coverage;

/// <summary>
/// What of the specification the scenarios cover: each transition and end of the tableau, each label
/// of Annexe A, each rule of the catalogue, against the scenarios tagged with it.
/// </summary>
public sealed class CoverageTable
{
    /// <summary>Rules the suite cannot break from a test run, and why: listed, never silently left out.</summary>
    public static readonly IReadOnlyDictionary<string, string> OutOfReach = new Dictionary<string, string>
    {
        [TransportRules.DnEntrepriseMismatch.Id] =
            "needs a TLS listener and the supplier's client certificate: tests/Omega.Proxy.Tests/Tls",
    };

    private CoverageTable(IReadOnlyList<(string Kind, string Item, IReadOnlyList<CoveredScenario> By)> rows)
    {
        Rows = rows;
    }

    public IReadOnlyList<(string Kind, string Item, IReadOnlyList<CoveredScenario> By)> Rows { get; }

    /// <summary>The items no scenario covers, less those out of reach.</summary>
    public IEnumerable<string> Uncovered =>
        Rows.Where(r => r.By.Count == 0 && !OutOfReach.ContainsKey(r.Item)).Select(r => $"{r.Kind} {r.Item}");

    public static CoverageTable Of(IReadOnlyList<CoveredScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var rows = new List<(string, string, IReadOnlyList<CoveredScenario>)>();
        void Add(string kind, string item, string tag) =>
            rows.Add((kind, item, [.. scenarios.Where(s => s.Tags.Contains(tag, StringComparer.Ordinal))]));

        foreach (var tag in CoverageTags.Transitions(MhsTableau.Table))
        {
            Add("transition", tag[CoverageTags.TransitionPrefix.Length..], tag);
        }

        foreach (var end in CoverageTags.Ends)
        {
            Add("end", end, CoverageTags.EndPrefix + end);
        }

        foreach (var (name, code, _) in CoverageTags.Labels())
        {
            Add("label", $"{code.Code} {name}", CoverageTags.LabelPrefix + name);
        }

        foreach (var rule in CoverageTags.Rules())
        {
            Add("rule", rule, CoverageTags.RulePrefix + rule);
        }

        return new CoverageTable(rows);
    }

    /// <summary>The tags of a coverage kind that name nothing the code knows: a typo covers nothing.</summary>
    public static IEnumerable<string> UnknownTags(IEnumerable<CoveredScenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var known = CoverageTags.Transitions(MhsTableau.Table)
            .Concat(CoverageTags.Ends.Select(e => CoverageTags.EndPrefix + e))
            .Concat(CoverageTags.Labels().Select(l => CoverageTags.LabelPrefix + l.Name))
            .Concat(CoverageTags.Rules().Select(r => CoverageTags.RulePrefix + r))
            .ToHashSet(StringComparer.Ordinal);
        string[] prefixes =
        [
            CoverageTags.TransitionPrefix,
            CoverageTags.EndPrefix,
            CoverageTags.LabelPrefix,
            CoverageTags.RulePrefix,
        ];
        return scenarios.SelectMany(s => s.Tags
            .Where(t => prefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)) && !known.Contains(t))
            .Select(t => $"@{t} ({s})"));
    }

    /// <summary>The table as Markdown, for the README and the test output.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| kind | item | scenarios |").AppendLine("| --- | --- | --- |");
        foreach (var (kind, item, by) in Rows)
        {
            var cell = by.Count switch
            {
                0 => OutOfReach.TryGetValue(item, out var why) ? "out of reach: " + why : "**none**",
                1 => by[0].ToString(),
                _ => $"{by[0]} (and {by.Count - 1} more)",
            };
            text.Append("| ").Append(kind).Append(" | `").Append(item).Append("` | ").Append(cell).AppendLine(" |");
        }

        return text.ToString();
    }
}
