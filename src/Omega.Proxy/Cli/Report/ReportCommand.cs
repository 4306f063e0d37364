using System.CommandLine;
using System.Text;
using Omega.Conformance.Report;
using Omega.Proxy.Report;

namespace Omega.Proxy.Cli.Report;

/// <summary><c>omega report RECORDING... --out FILE.html</c>: recorded dialogues as one page to read.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var recordings = RecordingPaths.Argument();
        var output = new Option<string>("--out")
        {
            Description = "the HTML page to write: self-contained, it opens without a network",
            HelpName = "FILE.html",
            Required = true,
        };

        var command = new Command(
            "report", "Write recorded dialogues as one HTML page: sequence diagrams, verdicts, violations, bodies.")
        {
            recordings, output,
        };
        command.SetAction((parsed, _) =>
            RunAsync(console, parsed.GetValue(recordings) ?? [], parsed.GetValue(output)!));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] recordings, string output)
    {
        var (dialogues, error) = RecordingPaths.Read(recordings);
        if (error is not null)
        {
            return console.Fail(error);
        }

        var report = RecordingsReport.Of(dialogues);
        var html = await HtmlReport.RenderAsync(report, string.Join(", ", recordings));
        if (OutputFile.TryWrite(output, Encoding.UTF8.GetBytes(html)) is { } reason)
        {
            return console.Fail(reason);
        }

        console.Output.WriteLine(
            $"{output}: {ReportText.Count(report.Dialogues.Count, "dialogue")}, "
            + $"{ReportText.Count(report.ExchangeCount, "exchange")}, {report.FailedExchanges} failed, "
            + $"{ReportText.Count(report.BrokenRules.Count, "rule")} broken");
        return ExitCodes.Success;
    }
}
