using Omega.Conformance.Recording;

namespace Omega.Conformance.Report;

/// <summary>
/// What a report of recordings shows: every dialogue with its exchanges, and the summary a reader
/// needs first (how many failed, which rules were broken and where).
/// </summary>
public sealed record RecordingsReport(IReadOnlyList<ReportedDialogue> Dialogues)
{
    public int ExchangeCount => Dialogues.Sum(d => d.Exchanges.Count);

    public int FailedExchanges => Dialogues.Sum(d => d.FailedExchanges);

    public int FailedDialogues => Dialogues.Count(d => d.Failed);

    /// <summary>The share of exchanges that passed and of dialogues without failure.</summary>
    public ConformanceScore Score => ConformanceScore.Of(this);

    /// <summary>Every rule broken, errors first, then the most frequent.</summary>
    public IReadOnlyList<BrokenRule> BrokenRules { get; } = Broken(Dialogues);

    /// <summary>The report of recorded dialogues, in the order given; answers are read once, here.</summary>
    public static RecordingsReport Of(IEnumerable<RecordedDialogue> dialogues)
    {
        ArgumentNullException.ThrowIfNull(dialogues);
        return new RecordingsReport([.. dialogues.Select((dialogue, index) =>
        {
            var anchor = $"d{index + 1}";
            var exchanges = dialogue.Exchanges.Select(exchange => new ReportedExchange(
                exchange, AnswerCodes.Of(exchange.Response), $"{anchor}-x{exchange.Manifest.Sequence}"));
            return new ReportedDialogue(dialogue, anchor, [.. exchanges]);
        })]);
    }

    /// <summary>The anchor of a dialogue's end in the report, where the dialogue model's verdict shows.</summary>
    public static string EndAnchor(ReportedDialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        return dialogue.Anchor + "-end";
    }

    private static List<BrokenRule> Broken(IReadOnlyList<ReportedDialogue> dialogues)
    {
        var found = dialogues.SelectMany(d => d.Exchanges
            .SelectMany(e => e.Manifest.Violations.Select(v => (Violation: v, e.Anchor, Seen: Seen(d, e))))
            .Concat(d.EndViolations.Select(v => (Violation: v, Anchor: EndAnchor(d), Seen: Seen(d)))));
        return [.. found
            .GroupBy(f => (f.Violation.Rule, f.Violation.Severity))
            .Select(g => new BrokenRule(g.Key.Rule, g.Key.Severity, g.Count(), g.First().Anchor, g.First().Seen))
            .OrderBy(r => r.Severity == "error" ? 0 : 1)
            .ThenByDescending(r => r.Count)
            .ThenBy(r => r.Rule, StringComparer.Ordinal)];
    }

    /// <summary>An exchange for people: its dialogue, sequence and operation.</summary>
    internal static string Seen(ReportedDialogue dialogue, ReportedExchange exchange) =>
        $"{dialogue.Name}, {exchange.Manifest.Sequence:D4} {exchange.Manifest.Operation}";

    /// <summary>A dialogue's end for people.</summary>
    internal static string Seen(ReportedDialogue dialogue) => dialogue.Name + ", its end";
}
