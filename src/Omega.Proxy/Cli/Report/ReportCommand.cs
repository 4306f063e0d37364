using System.CommandLine;
using System.Text;
using Omega.Conformance.Recording;
using Omega.Conformance.Report;
using Omega.Proxy.Report;

namespace Omega.Proxy.Cli.Report;

/// <summary><c>omega report RECORDING... --out FILE.html</c>: recorded dialogues as one page to read.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var recordings = new Argument<string[]>("RECORDING")
        {
            Description = "recorded dialogues: a dialogue's folder, or a folder of them",
            Arity = ArgumentArity.OneOrMore,
        };
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
        IReadOnlyList<RecordedDialogue> dialogues;
        try
        {
            dialogues = FileRecordingReader.Read(recordings);
        }
        catch (Exception e) when (e is RecordingException or IOException or UnauthorizedAccessException)
        {
            return console.Fail(e.Message);
        }

        if (dialogues.Count == 0)
        {
            return console.Fail("no recorded dialogue in " + string.Join(", ", recordings));
        }

        var report = RecordingsReport.Of(dialogues);
        var html = await HtmlReport.RenderAsync(report, string.Join(", ", recordings));
        if (OutputFile.TryWrite(output, Encoding.UTF8.GetBytes(html)) is { } reason)
        {
            return console.Fail(reason);
        }

        console.Output.WriteLine(
            $"{output}: {report.Dialogues.Count} dialogues, {report.ExchangeCount} exchanges, "
            + $"{report.FailedExchanges} failed, {report.BrokenRules.Count} rules broken");
        return ExitCodes.Success;
    }
}
