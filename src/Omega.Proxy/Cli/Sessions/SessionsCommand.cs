using System.CommandLine;
using Omega.Conformance.Recording;
using Omega.Proxy.Cli.Stores;

namespace Omega.Proxy.Cli.Sessions;

/// <summary>
/// <c>omega sessions [--store DIR|URL] [--since WHEN] [--rule ID] [--pce NUMBER] [--verdict pass|fail]</c>
/// </summary>
internal static class SessionsCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var store = StoreArgument.Create("--store", "the recordings to list: a folder, or postgres://…");
        var selection = new DialogueSelection();
        var format = new Option<string>("--format")
        {
            Description = "text for people, json for machines (one object per dialogue)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("sessions", "List the recorded dialogues, from a folder or a database.") { store,
            format };
        foreach (var flag in selection.All)
        {
            command.Options.Add(flag);
        }

        command.SetAction((parsed, cancel) =>
        {
            var (query, problem) = selection.Query(parsed, time.GetUtcNow());
            if (query is null)
            {
                return Task.FromResult(console.Fail(problem!));
            }

            return StoreArgument.RunAsync(console, parsed.GetValue(store) ?? StoreArgument.Default, async recordings =>
            {
                var listings = await recordings.ListAsync(query, cancel);
                ISessionsReport report = parsed.GetValue(format) == "json"
                    ? new JsonSessionsReport(console.Output)
                    : new TextSessionsReport(console.Output);
                report.Write(listings);
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
