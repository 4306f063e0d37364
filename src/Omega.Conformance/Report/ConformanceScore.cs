using Omega.Conformance.Recording;

namespace Omega.Conformance.Report;

/// <summary>
/// The conformance score of a body of recordings: the share of exchanges whose verdict is "pass"
/// (an exchange with warnings only passes: only an error fails it), and the share of dialogues
/// without failure (no failed exchange, and no error when the dialogue model ended it).
/// </summary>
public sealed record ConformanceScore(ConformanceShare Exchanges, ConformanceShare Dialogues)
{
    /// <summary>The score of these counts; the one place the shares are computed.</summary>
    public static ConformanceScore Of(int exchanges, int failedExchanges, int dialogues, int failedDialogues) => new(
        new ConformanceShare(exchanges - failedExchanges, exchanges, "exchange"),
        new ConformanceShare(dialogues - failedDialogues, dialogues, "dialogue"));

    /// <summary>The score of a report, failed as its tiles count failures.</summary>
    public static ConformanceScore Of(RecordingsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Of(report.ExchangeCount, report.FailedExchanges, report.Dialogues.Count, report.FailedDialogues);
    }

    /// <summary>The score of listed dialogues, failed as their verdicts say.</summary>
    public static ConformanceScore Of(IReadOnlyCollection<DialogueListing> listings)
    {
        ArgumentNullException.ThrowIfNull(listings);
        return Of(
            listings.Sum(l => l.Exchanges),
            listings.Sum(l => l.Failed),
            listings.Count,
            listings.Count(l => l.Verdict != "pass"));
    }

    /// <summary>
    /// One line for people: "score: 93.7 % of exchanges pass (15 of 16), 85.7 % of dialogues without
    /// failure (6 of 7)", or "score: no exchange, no dialogue".
    /// </summary>
    public override string ToString() =>
        "score: " + Part(Exchanges, "of exchanges pass") + ", " + Part(Dialogues, "of dialogues without failure");

    private static string Part(ConformanceShare share, string what) =>
        share.IsEmpty ? share.Text : $"{share.Text} {what} ({share.Count})";
}
