using System.CommandLine;
using System.CommandLine.Parsing;

namespace Omega.Proxy.Cli;

/// <summary>
/// The omega command line. Every command writes to the writers it is given, so tests run it in
/// process exactly as a user runs it.
/// </summary>
internal static class CommandLineApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancel) =>
        RunAsync(args, output, error, TimeProvider.System, cancel);

    /// <param name="time">The clock of the commands that read one: the system's, or a test's.</param>
    /// <param name="input">What <c>-</c> reads; the standard input when null.</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        TimeProvider time,
        CancellationToken cancel,
        Func<Stream>? input = null)
    {
        var console = new CliConsole(output, error) { OpenInput = input ?? Console.OpenStandardInput };
        var root = new RootCommand("omega: conformance checks, recording and replay for the OMEGA MHS web service.")
        {
            Validate.ValidateCommand.Create(console),
            Proxy.ProxyCommand.Create(console),
            Replay.ReplayCommand.Create(console, time),
            Export.ExportCommand.Create(console, time),
            Report.ReportCommand.Create(console, time),
            Stub.StubCommand.Create(console),
            Rules.RulesCommand.Create(console),
            Sessions.SessionsCommand.Create(console, time),
            Store.StoreCommand.Create(console, time),
        };
        Proxy.ProxyCommand.AttachAsDefault(root, console);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, and exit code 2, rather than the parser's help dump: scripts read the reason.
            var words = parsed.Errors[0].Message.Split(
                (char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var reason = string.Join(' ', words);
            error.WriteLine($"omega: {reason} (see '{HelpOf(parsed.CommandResult)} --help')");
            return ExitCodes.UsageOrIoError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, cancel);
    }

    /// <summary>The command line of the command whose help tells how to use it: <c>omega store copy</c>.</summary>
    private static string HelpOf(CommandResult? command)
    {
        var names = new List<string>();
        for (var result = command; result is not null; result = result.Parent as CommandResult)
        {
            if (result.Command is not RootCommand)
            {
                names.Insert(0, result.Command.Name);
            }
        }

        return string.Join(' ', ["omega", .. names]);
    }
}
