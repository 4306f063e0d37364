using Omega.Conformance.Recording;
using System.Text.Json;
using Omega.Proxy.Tests.Support;
using Omega.Testing;
using Omega.Testing.Mhs;
using Omega.Testing.Postgres;
using Omega.Testing.Recordings;

namespace Omega.Proxy.Tests.Cli;

/// <summary>
/// <c>omega sessions</c> and <c>omega store copy</c> on the committed recordings, in a folder and in a database.
/// </summary>
public sealed class SessionsCommandTests : IAsyncLifetime
{
    private static string Committed => RepositoryPaths.CommittedRecordings;

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Sessions_CommittedRecordings_ListsEachDialogueThenACount()
    {
        var run = await CliRun.InvokeAsync("sessions", "--store", Committed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(9, run.OutputLines.Length);
        Assert.Contains(run.OutputLines, line => line.StartsWith("20261207T080000Z_19112345678901_MHS274068009  ",
            StringComparison.Ordinal)
            && line.Contains("PASS  4 exchanges  RDV programmé", StringComparison.Ordinal));
        Assert.Equal("7 dialogues: 7 pass, 0 fail", run.OutputLines[^2]);
        Assert.Equal(
            "score: 100 % of exchanges pass (16 of 16), 100 % of dialogues without failure (7 of 7)",
            run.OutputLines[^1]);
    }

    [Fact]
    public async Task Sessions_OneFailedDialogueAmongTwo_EndsWithTheScoreInTextAndJson()
    {
        var folder = Directory.CreateTempSubdirectory("omega-sessions-score-").FullName;
        try
        {
            await CraftedRecording.WriteAsync(folder, CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"));
            await CraftedRecording.WriteAsync(
                folder,
                CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"),
                CraftedRecording.Exchange(2, "CreerDemandeMHS", m => CraftedRecording.Failing(m)));

            var text = await CliRun.InvokeAsync("sessions", "--store", folder);
            var json = await CliRun.InvokeAsync("sessions", "--store", folder, "--format", "json");

            Assert.Equal(
                "score: 66.6 % of exchanges pass (2 of 3), 50 % of dialogues without failure (1 of 2)",
                text.OutputLines[^1]);
            Assert.Equal(3, json.OutputLines.Length);
            using var total = JsonDocument.Parse(json.OutputLines[^1]);
            Assert.Equal(
                """{"exchanges":3,"passedExchanges":2,"exchangeScore":66.6,"dialogues":2,"passedDialogues":1,"""
                + "\"dialogueScore\":50}",
                total.RootElement.GetProperty("total").GetRawText());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sessions_NothingSelected_SaysThereIsNoExchangeToScore()
    {
        var text = await CliRun.InvokeAsync("sessions", "--store", Committed, "--pce", "19000000000000");
        var json = await CliRun.InvokeAsync(
            "sessions", "--store", Committed, "--pce", "19000000000000", "--format", "json");

        Assert.Equal(["0 dialogues: 0 pass, 0 fail", "score: no exchange, no dialogue"], text.OutputLines);
        using var total = JsonDocument.Parse(Assert.Single(json.OutputLines));
        Assert.Equal(
            JsonValueKind.Null, total.RootElement.GetProperty("total").GetProperty("exchangeScore").ValueKind);
    }

    [Fact]
    public async Task StoreCopy_FolderToDatabaseTwice_KeepsOneCopyAndSessionsListTheSame()
    {
        var first = await CliRun.InvokeAsync("store", "copy", "--from", Committed, "--to", _database.Url);
        var second = await CliRun.InvokeAsync("store", "copy", "--from", Committed, "--to", _database.Url);

        var fromFolder = await CliRun.InvokeAsync("sessions", "--store", Committed, "--format", "json");
        var fromDatabase = await CliRun.InvokeAsync("sessions", "--store", _database.Url, "--format", "json");
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.StartsWith("copied 7 dialogues (16 exchanges) from ", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_database.Url.Split('@')[0].Split(':')[^1], first.Output, StringComparison.Ordinal);
        Assert.Equal(Essentials(fromFolder.OutputLines), Essentials(fromDatabase.OutputLines));
        Assert.Equal(fromFolder.OutputLines[^1], fromDatabase.OutputLines[^1]);
    }

    [Fact]
    public async Task Sessions_VerdictFailAndRule_ListOnlyTheDialogueThatBrokeIt()
    {
        await using (var omega = await SimulatedOmega.StartAsync())
        {
            (await omega.Proxy.PostAsync(MhsRequests.Verifier("19112345678901"))).Dispose();
            (await omega.Proxy.PostAsync(MhsRequests.AccepterRdv("MHS-NEVER-CREATED", "2026-12-16",
                "MATIN"))).Dispose();
            var copied = await CliRun.InvokeAsync("store", "copy", "--from", omega.Proxy.Recordings, "--to",
                _database.Url);
            Assert.Equal(0, copied.ExitCode);
        }

        var failed = await CliRun.InvokeAsync("sessions", "--store", _database.Url, "--verdict", "fail", "--format",
            "json");
        var byRule = await CliRun.InvokeAsync("sessions", "--store", _database.Url, "--rule", "DLG301");
        var byPce = await CliRun.InvokeAsync("sessions", "--store", _database.Url, "--pce", "19112345678901");

        Assert.Equal(2, failed.OutputLines.Length);
        using var line = JsonDocument.Parse(failed.OutputLines[0]);
        Assert.Equal("MHS-NEVER-CREATED", line.RootElement.GetProperty("numeroDemande").GetString());
        Assert.Contains("DLG301", line.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("1 dialogue: 0 pass, 1 fail", byRule.OutputLines[^2]);
        Assert.Equal("1 dialogue: 1 pass, 0 fail", byPce.OutputLines[^2]);
    }

    [Fact]
    public async Task Replay_FromTheDatabase_IsEquivalentAsFromTheFolder()
    {
        await CliRun.InvokeAsync("store", "copy", "--from", Committed, "--to", _database.Url);

        var run = await CliRun.InvokeAsync("replay", "--store", _database.Url, "--pce", "19100000000001", "--stub");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 dialogue: 1 equivalent, 0 differ", run.OutputLines[^1]);
    }

    [Fact]
    public async Task ExportAndReport_FromTheDatabase_ReadWhatTheFolderHolds()
    {
        var folder = Directory.CreateTempSubdirectory("omega-export-db-").FullName;
        try
        {
            await CliRun.InvokeAsync("store", "copy", "--from", Committed, "--to", _database.Url);
            var dialogue = FileRecordingReader.Read([Committed]).First(d => d.Exchanges.Count == 3);

            var export = await CliRun.InvokeAsync(
                "export", "--store", _database.Url, "--dialogue", dialogue.Dialogue.Id,
                "--har", Path.Combine(folder, "d.har"));
            var report = await CliRun.InvokeAsync("report", _database.Url, "--out", Path.Combine(folder, "r.html"));

            Assert.Equal((0, 0), (export.ExitCode, report.ExitCode));
            Assert.EndsWith(", 3 exchanges, HAR 1.2", export.OutputLines[0], StringComparison.Ordinal);
            Assert.Contains(": 7 dialogues, 16 exchanges, 0 failed", report.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sessions_DatabaseOutOfReach_ExitsTwoWithOneLineWithoutThePassword()
    {
        var run = await CliRun.InvokeAsync("sessions", "--store", "postgres://omega:hidden@127.0.0.1:1/omega");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: the database postgres://omega@127.0.0.1:1/omega failed", run.Error,
            StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// What both stores say alike of each dialogue (the total line left out): a database keeps no folder
    /// suffix, so names are left out.
    /// </summary>
    private static IEnumerable<string> Essentials(IEnumerable<string> lines) => lines.SkipLast(1).Select(line =>
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return string.Join(' ', new[] { "id", "numeroPce", "numeroDemande", "verdict", "status" }.Select(p =>
            root.GetProperty(p).ToString()))
            + " " + root.GetProperty("exchanges").GetInt32() + " " + root.GetProperty("rules").ToString();
    }).Order(StringComparer.Ordinal);
}
