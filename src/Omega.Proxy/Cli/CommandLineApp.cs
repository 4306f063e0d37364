using System.CommandLine;

namespace Omega.Proxy.Cli;

/// <summary>
/// The omega command line. Every command writes to the writers it is given, so tests run it in
/// process exactly as a user runs it.
/// </summary>
internal static class CommandLineApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("omega: conformance checks, recording and replay for the OMEGA MHS web service.")
        {
            Validate.ValidateCommand.Create(console),
            Proxy.ProxyCommand.Create(console),
            Replay.ReplayCommand.Create(console, TimeProvider.System),
            Export.ExportCommand.Create(console, TimeProvider.System),
            Report.ReportCommand.Create(console, TimeProvider.System),
            Stub.StubCommand.Create(console),
            Rules.RulesCommand.Create(console),
            Sessions.SessionsCommand.Create(console, TimeProvider.System),
            Store.StoreCommand.Create(console, TimeProvider.System),
        };
        Proxy.ProxyCommand.AttachAsDefault(root, console);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, and exit code 2, rather than the parser's help dump: scripts read the reason.
            var words = parsed.Errors[0].Message.Split(
                (char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var reason = string.Join(' ', words);
            error.WriteLine($"omega: {reason} (see 'omega --help')");
            return ExitCodes.UsageOrIoError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, cancel);
    }
}
