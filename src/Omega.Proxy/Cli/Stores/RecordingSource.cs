using System.CommandLine;
using Omega.Conformance.Recording;

namespace Omega.Proxy.Cli.Stores;

/// <summary>
/// The recordings a command reads, the same way for replay, report and export: RECORDING arguments
/// (a dialogue's folder, a folder of them, or a postgres:// store), or <c>--store</c>, narrowed by the
/// selection flags. Every read goes through the stores' interface, so each command works on either.
/// </summary>
internal sealed class RecordingSource
{
    public Argument<string[]> Recordings { get; } = new("RECORDING")
    {
        Description = "recorded dialogues: a dialogue's folder, a folder of them, or a postgres:// store",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Store { get; } = new("--store")
    {
        Description = "read the dialogues of this store (a folder, or postgres://…) that the selection flags choose",
        HelpName = "DIR|URL",
    };

    public DialogueSelection Selection { get; } = new();

    private static bool Selects(DialogueQuery query) =>
        query.Since is not null || query.Rule is not null || query.NumeroPce is not null || query.Verdict is not null
        || query.Dialogues.Count > 0;

    private static async Task<bool> HoldsAnyAsync(string[] locations, CancellationToken cancel) =>
        (await StoreArgument.ListAsync(locations, DialogueQuery.All, cancel)).Count > 0;

    /// <summary>What the command line names, for its messages.</summary>
    public static string Describe(IEnumerable<string> locations) => string.Join(", ", locations);

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(Recordings);
        command.Options.Add(Store);
        foreach (var flag in Selection.All)
        {
            command.Options.Add(flag);
        }
    }

    public string[] Locations(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        string[] store = parsed.GetValue(Store) is { } one ? [one] : [];
        return [.. parsed.GetValue(Recordings) ?? [], .. store];
    }

    /// <summary>The dialogues the command line chooses, or the one-line reason they cannot be read.</summary>
    public async Task<(IReadOnlyList<RecordedDialogue> Dialogues, string? Error)> ReadAsync(
        ParseResult parsed, TimeProvider time, CancellationToken cancel)
    {
        var locations = Locations(parsed);
        if (locations.Length == 0)
        {
            return ([], "give the recordings: RECORDING... or --store DIR|URL");
        }

        var (query, problem) = Selection.Query(parsed, time.GetUtcNow());
        if (query is null)
        {
            return ([], problem);
        }

        try
        {
            var dialogues = await StoreArgument.ReadAsync(locations, query, cancel);
            // A selection that keeps nothing is an answer (no failed dialogue, say); a store with
            // nothing in it is most likely the wrong place.
            return dialogues.Count > 0 || (Selects(query) && await HoldsAnyAsync(locations, cancel))
                ? (dialogues, null)
                : ([], "no recorded dialogue in " + Describe(locations));
        }
        catch (Exception e) when (StoreArgument.Failure(e, Describe(locations)) is { } reason)
        {
            return ([], reason);
        }
    }
}
