using System.CommandLine;
using System.Globalization;
using Omega.Conformance.Recording;

namespace Omega.Proxy.Cli.Stores;

/// <summary>
/// The flags that choose recorded dialogues, the same for every command that reads them:
/// <c>--since</c>, <c>--rule</c>, <c>--pce</c>, <c>--verdict</c>, <c>--dialogue</c>.
/// </summary>
internal sealed class DialogueSelection
{
    public Option<string> Since { get; } = new("--since")
    {
        Description =
            "dialogues begun at or after: a date or time (2026-12-07, 2026-12-07T08:00:00Z) or an age (90m, 12h, 7d)",
        HelpName = "WHEN",
    };

    public Option<string> Rule { get; } = new("--rule") { Description = "dialogues that broke this rule",
        HelpName = "ID" };

    public Option<string> Pce { get; } = new("--pce") { Description = "dialogues of this NumeroPCE",
        HelpName = "NUMBER" };

    public Option<string> Verdict { get; } = CreateVerdict();

    public Option<string[]> Dialogue { get; } = new("--dialogue")
    {
        Description = "the dialogue of this name or id; repeatable",
        HelpName = "NAME",
    };

    public IEnumerable<Option> All => [Since, Rule, Pce, Verdict, Dialogue];

    /// <summary>The query the flags say, or the reason they say nothing sensible.</summary>
    public (DialogueQuery? Query, string? Problem) Query(ParseResult parsed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        DateTimeOffset? since = null;
        if (parsed.GetValue(Since) is { } text)
        {
            since = ParseSince(text, now);
            if (since is null)
            {
                return (null, $"--since takes a date, a time or an age such as 12h, not '{text}'");
            }
        }

        return (new DialogueQuery
        {
            Since = since,
            Rule = parsed.GetValue(Rule),
            NumeroPce = parsed.GetValue(Pce),
            Verdict = parsed.GetValue(Verdict),
            Dialogues = parsed.GetValue(Dialogue) ?? [],
        }, null);
    }

    public static DateTimeOffset? ParseSince(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length >= 2 && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture,
            out var amount)
            && amount >= 0)
        {
            TimeSpan? age = text[^1] switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (age is { } span)
            {
                return now - span;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
            out var at) ? at : null;
    }

    private static Option<string> CreateVerdict()
    {
        var verdict = new Option<string>("--verdict") { Description = "dialogues whose verdict is pass or fail" };
        verdict.AcceptOnlyFromAmong("pass", "fail");
        return verdict;
    }
}
