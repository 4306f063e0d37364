using System.CommandLine;
using Omega.Conformance.Storage;
using Omega.Proxy.Cli.Stores;

namespace Omega.Proxy.Cli.Store;

/// <summary>
/// <c>omega store copy --from DIR|URL --to DIR|URL [selection]</c>: recordings from one store to another.
/// </summary>
internal static class StoreCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var from = StoreArgument.Create("--from", "the store to copy from: a folder, or postgres://…");
        var to = new Option<string>("--to") { Description = "the store to copy to: a folder, or postgres://…",
            HelpName = "DIR|URL", Required = true };
        var selection = new DialogueSelection();
        var copy = new Command("copy",
            "Copy recorded dialogues between a folder and a database; copying twice keeps one copy.") { from, to };
        foreach (var flag in selection.All)
        {
            copy.Options.Add(flag);
        }

        copy.SetAction((parsed, cancel) =>
        {
            var (query, problem) = selection.Query(parsed, time.GetUtcNow());
            if (query is null)
            {
                return Task.FromResult(console.Fail(problem!));
            }

            var source = parsed.GetValue(from) ?? StoreArgument.Default;
            return StoreArgument.RunAsync(console, source, readable => StoreArgument.RunAsync(
                console,
                parsed.GetValue(to)!,
                async writable =>
                {
                    // Progress goes to the error stream, so the output keeps the one line a script reads.
                    var progress = new CopyProgressLines(console.Error);
                    var (dialogues, exchanges) = await RecordingCopy.CopyAsync(
                        readable, writable, query, progress, RecordingCopy.DefaultBatch, cancel);
                    console.Output.WriteLine(
                        $"copied {dialogues} dialogues ({exchanges} exchanges) from {readable.Description} to "
                            + $"{writable.Description}");
                    return ExitCodes.Success;
                },
                mustExist: false));
        });
        return new Command("store", "Work on recording stores: folders and databases.") { copy };
    }
}
