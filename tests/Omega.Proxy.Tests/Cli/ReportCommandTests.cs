using Omega.Conformance.Recording;
using Omega.Testing;
using Omega.Testing.Recordings;

namespace Omega.Proxy.Tests.Cli;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("omega-report-cli-").FullName;

    private static string Recordings => RepositoryPaths.CommittedRecordings;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Report_FolderOfRecordingsAndADialogueFolder_WritesOnePageOfThemAll()
    {
        var crafted = await CraftedRecording.WriteAsync(
            Path.Combine(_folder, "crafted"),
            CraftedRecording.Exchange(1, "CreerDemandeMHS", m => CraftedRecording.Failing(m, "MHS211")));
        var page = Path.Combine(_folder, "report.html");

        var run = await CliRun.InvokeAsync("report", Recordings, crafted, "--out", page);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{page}: 8 dialogues, 17 exchanges, 1 failed, 1 rule broken", run.Output.TrimEnd());
        var html = await File.ReadAllTextAsync(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(8, html.Split("<svg class=\"sequence\"").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(?!#)", html);
    }

    [Fact]
    public async Task Report_CommittedRecordings_ShowsTheScoreAndTheCoverageOfTheTableau()
    {
        var page = Path.Combine(_folder, "report.html");

        await CliRun.InvokeAsync("report", Recordings, "--out", page);

        var html = await File.ReadAllTextAsync(page);
        string[] shown =
        [
            "<b>100 %</b> of exchanges pass, 16 of 16</div>",
            "<b>100 %</b> of dialogues without failure, 7 of 7</div>",
            "<section class=\"coverage\" id=\"coverage\"><h2>Coverage of the tableau d'états</h2>",
            "<b>13 of 17 transitions taken, 6 of 6 codes seen</b>",
            "<td>6</td><td>Etape 2</td><td>Response</td>\n        <td>Aucune demande<small></small></td>\n"
            + "        <td>0</td><td><span class=\"note\">not taken</span></td>",
            "<td><code>ListeDP</code></td><td>P</td>",
        ];
        Assert.All(shown, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.Matches(
            "<td>Demande impossible &#x2013; PCE inconnu<small></small></td>\\s*<td>1</td>"
            + "<td><a href=\"#d7-x1\">20261207T080000Z_19199999999999_pending, 0001 VerifierRecevabiliteMHS</a>",
            html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Report_SelectionThatKeepsNothing_WritesAPageThatSaysSoAndExitsZero()
    {
        var page = Path.Combine(_folder, "failures.html");

        var run = await CliRun.InvokeAsync("report", "--store", Recordings, "--verdict", "fail", "--out", page);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{page}: 0 dialogues, 0 exchanges, 0 failed, 0 rules broken", run.Output.TrimEnd());
        Assert.Contains("no exchange", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_FolderWithNoRecording_FailsInOneLine()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;

        var run = await CliRun.InvokeAsync("report", empty, "--out", Path.Combine(_folder, "x.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"omega: no recorded dialogue in {empty}", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Report_OneOfEach_CountsInTheSingular()
    {
        var crafted = await CraftedRecording.WriteAsync(
            Path.Combine(_folder, "crafted"),
            CraftedRecording.Exchange(1, "CreerDemandeMHS", m => CraftedRecording.Failing(m) with
            {
                NotJudged = [new RecordedNotJudged("request", "MHS121", "/RequeteWSCreerDemandeMHS", "no PCE facts")],
            }));
        var page = Path.Combine(_folder, "report.html");

        var run = await CliRun.InvokeAsync("report", crafted, "--out", page);

        Assert.Equal($"{page}: 1 dialogue, 1 exchange, 1 failed, 1 rule broken", run.Output.TrimEnd());
        var html = await File.ReadAllTextAsync(page);
        string[] singular =
        [
            "omega report: 1 dialogue,\n  1 failed exchange</title>", "<b>1</b> dialogue</div>",
            "<b>1</b> exchange</div>",
            "<b>1</b> failed exchange</div>", "<b>1</b> failed dialogue</div>", "<b>1</b> rule broken</div>",
            "1 exchange, 1 failed;", "FAIL, 1 violation</text>", "<summary>1 rule not judged</summary>",
        ];
        Assert.All(singular, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\b1 (dialogues|exchanges|rules|violations)\b", html);
    }

    [Fact]
    public async Task Report_HostileTextInARecording_IsEncoded()
    {
        var crafted = await CraftedRecording.WriteAsync(
            Path.Combine(_folder, "crafted"),
            CraftedRecording.Exchange(
                1, "CreerDemandeMHS", m => CraftedRecording.Failing(m, message: "<b onclick=\"x\">&")));
        var page = Path.Combine(_folder, "report.html");

        await CliRun.InvokeAsync("report", crafted, "--out", page);

        var html = await File.ReadAllTextAsync(page);
        Assert.DoesNotContain("<b onclick", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onclick=&quot;x&quot;&gt;&amp;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_MissingRecording_ExitsTwoWithOneLine()
    {
        var missing = Path.Combine(_folder, "absent");

        var run = await CliRun.InvokeAsync("report", Recordings, missing, "--out", Path.Combine(_folder, "r.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"omega: no recording folder at '{missing}'", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Report_UnwritableOutput_ExitsTwoWithOneLine()
    {
        var page = Path.Combine(_folder, "no-such-folder", "report.html");

        var run = await CliRun.InvokeAsync("report", Recordings, "--out", page);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"omega: cannot write '{page}': ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NoOut_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("report", Recordings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
