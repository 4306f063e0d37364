using System.CommandLine;
using System.Text;
using Omega.Conformance.Report;
using Omega.Conformance.Services.Mhs;
using Omega.Proxy.Report;

namespace Omega.Proxy.Cli.Report;

/// <summary>
/// <c>omega report (RECORDING...|--store DIR|URL) --out FILE.html</c>: recorded dialogues as one page to read.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console, TimeProvider time)
    {
        var source = new Stores.RecordingSource();
        var output = new Option<string>("--out")
        {
            Description = "the HTML page to write: self-contained, it opens without a network",
            HelpName = "FILE.html",
            Required = true,
        };

        var command = new Command(
            "report", "Write recorded dialogues as one HTML page: sequence diagrams, verdicts, violations, bodies.")
        {
            output,
        };
        source.AddTo(command);
        command.SetAction((parsed, cancel) => RunAsync(console, source, parsed, parsed.GetValue(output)!, time,
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console,
        Stores.RecordingSource source,
        ParseResult parsed,
        string output,
        TimeProvider time,
        CancellationToken cancel)
    {
        var (dialogues, error) = await source.ReadAsync(parsed, time, cancel);
        if (error is not null)
        {
            return console.Fail(error);
        }

        var report = RecordingsReport.Of(dialogues);
        var coverage = SpecificationCoverage.Of(report, MhsService.Instance.Dialogue.Table, MhsReturnCodes.All);
        var html = await HtmlReport.RenderAsync(
            report, coverage, Stores.RecordingSource.Describe(source.Locations(parsed)));
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
