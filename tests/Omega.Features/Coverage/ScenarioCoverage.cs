using Omega.Conformance.Dialogue;
using Omega.Features.Judging;
using Omega.Features.Scenario;

namespace Omega.Features.Coverage;

/// <summary>What a scenario did take and see, in the words of its coverage tags.</summary>
public static class ScenarioCoverage
{
    /// <summary>The coverage tags of the scenario that its run did not bear out, with why.</summary>
    public static IReadOnlyList<string> Unproven(IEnumerable<string> tags, SupplierDialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(dialogue);
        var table = Judge.Model.Table;
        var taken = CoverageTags.Taken(table, dialogue.Transitions);
        var ends = dialogue.Transitions.Where(t => t.Event == TableEvent.Fin).Select(t => t.Note).ToHashSet();
        var labels = dialogue.Exchanges.SelectMany(SeenLabels).ToHashSet(StringComparer.Ordinal);
        var rules = dialogue.Exchanges.SelectMany(e => e.RequestViolations).Concat(dialogue.DialogueEnds)
            .Select(v => v.RuleId).ToHashSet(StringComparer.Ordinal);
        var answered = dialogue.Exchanges.Any(e => e.Answered);
        var unproven = new List<string>();
        foreach (var tag in tags)
        {
            var proven = tag switch
            {
                _ when tag.StartsWith(CoverageTags.TransitionPrefix, StringComparison.Ordinal) => taken.Contains(tag),
                _ when tag.StartsWith(CoverageTags.EndPrefix, StringComparison.Ordinal) =>
                    ends.Contains(tag[CoverageTags.EndPrefix.Length..]),
                _ when tag.StartsWith(CoverageTags.LabelPrefix, StringComparison.Ordinal) =>
                    labels.Contains(tag[CoverageTags.LabelPrefix.Length..]),
                _ when tag.StartsWith(CoverageTags.RulePrefix, StringComparison.Ordinal) =>
                    rules.Contains(tag[CoverageTags.RulePrefix.Length..])
                    || (CoverageTags.IsAnswerRule(tag[CoverageTags.RulePrefix.Length..]) && answered),
                _ => true,
            };
            if (!proven)
            {
                unproven.Add(tag);
            }
        }

        if (unproven.Count > 0)
        {
            unproven.Add("taken: " + string.Join(", ", taken.Order(StringComparer.Ordinal))
                + "; ends: " + string.Join(", ", ends) + "; labels: " + string.Join(", ", labels)
                + "; rules found: " + string.Join(", ", rules));
        }

        return unproven;
    }

    /// <summary>
    /// The labels of Annexe A an answer carried, the exact one rather than a coded one it also starts like.
    /// </summary>
    public static IEnumerable<string> SeenLabels(JudgedExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!exchange.Answered)
        {
            return [];
        }

        return CoverageTags.Labels()
            .Where(l => l.Code.Code == exchange.CodeRetour && exchange.MessageRetour.Any(l.Label.Matches))
            .Select(l => l.Name);
    }
}
