using System.Globalization;
using System.Reflection;
using System.Text;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;
using Omega.Conformance.Services.Mhs;

namespace Omega.Features.Coverage;

/// <summary>
/// The tags a scenario carries to say what of the specification it covers, drawn from the code:
/// the transitions of the dialogue model's tableau, the labels of <see cref="MhsReturnCodes"/>, the
/// rules of the catalogue. The steps check at run time that a scenario did take or see what it claims.
/// </summary>
public static class CoverageTags
{
    public const string TransitionPrefix = "transition:";
    public const string EndPrefix = "end:";
    public const string LabelPrefix = "label:";
    public const string RulePrefix = "rule:";

    /// <summary>The three ways a dialogue ends: OMEGA's "A" or "T", or the window passing.</summary>
    public static IReadOnlyList<string> Ends { get; } = ["A", "T", "Fin(>5min)"];

    /// <summary>
    /// Every transition of the tableau: each row (event and status) to each event that may follow it.
    /// </summary>
    public static IReadOnlyList<string> Transitions(TransitionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return
        [
            .. table.Events.SelectMany(row =>
                row.Next.Select(next => TransitionTag(table, row.Number, row.Status, next))),
        ];
    }

    /// <summary>"7/en-attente-de-rdv>8": the status is named only for an event with several rows.</summary>
    public static string TransitionTag(TransitionTable table, int from, string status, int to)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Events.Count(e => e.Number == from);
        var origin = rows > 1 ? $"{from}/{Slug(status)}" : from.ToString(CultureInfo.InvariantCulture);
        var target = to == TableEvent.Fin ? "Fin" : to.ToString(CultureInfo.InvariantCulture);
        return TransitionPrefix + origin + ">" + target;
    }

    /// <summary>
    /// The transitions a run took: each event to the next, and across an end to the dialogue opened next.
    /// </summary>
    public static ISet<string> Taken(TransitionTable table, IReadOnlyList<TakenTransition> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var tags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < taken.Count; i++)
        {
            if (taken[i].Event == TableEvent.Fin)
            {
                continue;
            }

            tags.Add(TransitionTag(table, taken[i].Event, taken[i].Status, taken[i + 1].Event));
            if (taken[i + 1].Event == TableEvent.Fin
                && i + 2 < taken.Count
                && table.Starts.Contains(taken[i + 2].Event))
            {
                tags.Add(TransitionTag(table, taken[i].Event, taken[i].Status, taken[i + 2].Event));
            }
        }

        return tags;
    }

    /// <summary>Every label of Annexe A, by the name <see cref="MhsReturnCodes"/> gives it, with its code.</summary>
    public static IReadOnlyList<(string Name, ReturnCode Code, ReturnLabel Label)> Labels()
    {
        var names = typeof(MhsReturnCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(ReturnLabel))
            .ToDictionary(field => (ReturnLabel)field.GetValue(null)!, field => field.Name);
        return [.. MhsReturnCodes.All.SelectMany(code => code.Labels.Select(label => (names[label], code, label)))];
    }

    /// <summary>Every rule of the catalogue, as <c>omega rules</c> lists them.</summary>
    public static IReadOnlyList<string> Rules() => [.. ServiceCatalog.Default.Rules.Select(rule => rule.Id)];

    /// <summary>
    /// A rule on OMEGA's answers (MHS2xx, and the dialogue rules a wrong answer breaks): a scenario
    /// covers it by having its answers judged, since the target, not the suite, writes them.
    /// </summary>
    public static bool IsAnswerRule(string id) =>
        id.StartsWith("MHS2", StringComparison.Ordinal) || id is "DLG308" or "DLG309";

    /// <summary>"Demande impossible – PCE inconnu" → "demande-impossible-pce-inconnu".</summary>
    public static string Slug(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        // Spelled out: the tool runs in invariant globalization, where Unicode decomposition is not at hand.
        var plain = new StringBuilder();
        foreach (var c in status.ToLowerInvariant())
        {
            plain.Append(c switch
            {
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'à' or 'â' => 'a',
                'î' or 'ï' => 'i',
                'ô' => 'o',
                'ù' or 'û' or 'ü' => 'u',
                'ç' => 'c',
                _ when char.IsAsciiLetterOrDigit(c) => c,
                _ => '-',
            });
        }

        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "inconnu" : slug;
    }
}
