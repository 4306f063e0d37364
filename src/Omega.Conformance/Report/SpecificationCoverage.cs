using System.Globalization;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Services.Mhs;

namespace Omega.Conformance.Report;

/// <summary>
/// How much of the specification the reported dialogues exercised: each row of the tableau d'états
/// (an event and the status after it) taken or not, and each CodeRetour of Annexe A seen or not, with
/// how often and where first. The ends of dialogues ("Fin") are not rows of the tableau and do not count.
/// </summary>
/// <param name="Transitions">Every row of the tableau, in its order.</param>
/// <param name="Codes">Every CodeRetour of Annexe A, in its order.</param>
/// <param name="OtherCodes">Codes the answers carried that Annexe A lacks, as first seen; not counted.</param>
public sealed record SpecificationCoverage(
    IReadOnlyList<CoveredTransition> Transitions,
    IReadOnlyList<CoveredCode> Codes,
    IReadOnlyList<CoveredCode> OtherCodes)
{
    public int TransitionsTaken => Transitions.Count(t => t.Taken);

    public int CodesSeen => Codes.Count(c => c.Seen);

    /// <summary>"13 of 17 transitions taken, 6 of 6 codes seen".</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{TransitionsTaken} of {Transitions.Count} {Plural(Transitions.Count, "transition")} taken, "
        + $"{CodesSeen} of {Codes.Count} {Plural(Codes.Count, "code")} seen");

    /// <summary>
    /// The coverage of the tableau and the codes by the report's dialogues: the transitions each exchange's
    /// manifest and each dialogue's end recorded, and the CodeRetour each answer carried.
    /// </summary>
    public static SpecificationCoverage Of(
        RecordingsReport report, TransitionTable table, IEnumerable<ReturnCode> codes)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(codes);
        var transitions = new Tally<(int Event, string Status)>();
        var answers = new Tally<string>();
        foreach (var dialogue in report.Dialogues)
        {
            foreach (var exchange in dialogue.Exchanges)
            {
                var where = new CoverageSighting(exchange.Anchor, RecordingsReport.Seen(dialogue, exchange));
                foreach (var taken in exchange.Manifest.Transitions)
                {
                    transitions.Add((taken.Event, taken.Status), where);
                }

                if (exchange.Answer.CodeRetour is { } code)
                {
                    answers.Add(code, where);
                }
            }

            var end = new CoverageSighting(RecordingsReport.EndAnchor(dialogue), RecordingsReport.Seen(dialogue));
            foreach (var taken in dialogue.Dialogue.Summary?.Transitions ?? [])
            {
                transitions.Add((taken.Event, taken.Status), end);
            }
        }

        var listed = codes.ToList();
        return new SpecificationCoverage(
            [.. table.Events.Select(row => new CoveredTransition(
                row, transitions.Times((row.Number, row.Status)), transitions.First((row.Number, row.Status))))],
            [.. listed.Select(c => new CoveredCode(
                c.Code, c.TypeRetourDialogue, c.Situation, answers.Times(c.Code), answers.First(c.Code)))],
            [.. answers.Keys.Where(code => listed.All(c => c.Code != code)).Select(code => new CoveredCode(
                code, null, null, answers.Times(code), answers.First(code)))]);
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
