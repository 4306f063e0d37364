using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Recording;
using Omega.Proxy.Tests.Support;
using Omega.Testing;

namespace Omega.Proxy.Tests.Cli;

public sealed class ReplayCommandTests : IAsyncLifetime
{
    private static readonly string[] Dialogue =
    [
        "RequeteWSVerifierRecevabiliteMHS", "RequeteWSCreerDemandeMHS",
        "RequeteWSProposerDatePlage", "RequeteWSAccepterRdv",
    ];

    private FakeUpstream _upstream = null!;
    private string _recordings = null!;

    public async Task InitializeAsync()
    {
        _upstream = await FakeUpstream.StartAsync();
        _recordings = Directory.CreateTempSubdirectory("omega-replay-").FullName;
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address, o => o with { Record = _recordings });
        foreach (var request in Dialogue)
        {
            (await proxy.PostAsync(RunningProxy.Example(request))).Dispose();
        }

        while (_upstream.Received.TryDequeue(out _))
        {
        }
    }

    public async Task DisposeAsync()
    {
        await _upstream.DisposeAsync();
        Directory.Delete(_recordings, recursive: true);
    }

    private DateTimeOffset RecordedStart() =>
        FileRecordingStore.StartOf(Path.GetFileName(Directory.GetDirectories(_recordings).Single()))!.Value;

    [Fact]
    public async Task Replay_AgainstTheSameImplementation_IsEquivalentAndExitsZero()
    {
        var run = await CliRun.InvokeAsync("replay", _recordings, "--target", _upstream.Address.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("_19112345678901_MHS000123456: equivalent", run.Output, StringComparison.Ordinal);
        Assert.Contains("0004 AccepterRdv: equivalent", run.Output, StringComparison.Ordinal);
        Assert.Equal(4, _upstream.Received.Count);
    }

    [Fact]
    public async Task Replay_ToATargetWeeksAfterTheRecording_SendsItsDatesMovedByWholeWeeks()
    {
        var later = new FakeTimeProvider(RecordedStart().AddDays(40));

        var run = await CliRun.InvokeAtAsync(later, "replay", _recordings, "--target", _upstream.Address.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  dates moved 6 weeks forward, recorded in the past", run.Output, StringComparison.Ordinal);
        var sent = _upstream.Received.Select(Encoding.UTF8.GetString).ToArray();
        Assert.Contains("<Date>2027-01-26</Date>", sent[1], StringComparison.Ordinal);
        Assert.Contains("<DateIndexClient>2027-01-09</DateIndexClient>", sent[1], StringComparison.Ordinal);
        Assert.Contains("<Date>2027-02-01</Date>", sent[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ToATargetWithKeepDates_SendsTheRecordedDates()
    {
        var later = new FakeTimeProvider(RecordedStart().AddDays(40));

        var run = await CliRun.InvokeAtAsync(
            later, "replay", _recordings, "--target", _upstream.Address.ToString(), "--keep-dates");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("dates moved", run.Output, StringComparison.Ordinal);
        var sent = _upstream.Received.Select(Encoding.UTF8.GetString).ToArray();
        Assert.Contains("<Date>2026-12-15</Date>", sent[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_AgainstTheStubMonthsAfterTheRecording_ReplaysTheCommittedRecordingsAsRecorded()
    {
        // By then every date of the committed dialogues is past: a simulator living today would
        // refuse their appointments, and moved dates would meet another day's calendar.
        var committed = RepositoryPaths.CommittedRecordings;
        var later = new FakeTimeProvider(new DateTimeOffset(2027, 3, 8, 9, 0, 0, TimeSpan.Zero));

        var run = await CliRun.InvokeAtAsync(later, "replay", committed, "--stub");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("7 dialogues: 7 equivalent, 0 differ", run.OutputLines[^1]);
        Assert.DoesNotContain("dates moved", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_SelectionThatKeepsNothing_ReplaysNoneAndExitsZero()
    {
        var run = await CliRun.InvokeAsync(
            "replay", "--store", _recordings, "--verdict", "fail", "--target", _upstream.Address.ToString());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 dialogues: 0 equivalent, 0 differ", run.Output.TrimEnd());
        Assert.Empty(_upstream.Received);
    }

    [Fact]
    public async Task Replay_AnswerWithOneChangedField_NamesThatPathAndExitsOne()
    {
        _upstream.Answer = (context, request) => Answer(context, request, body => body.Replace(
            "<CodeRetour>DmdOkDP</CodeRetour>", "<CodeRetour>DmdOkDD</CodeRetour>", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync("replay", _recordings, "--target", _upstream.Address.ToString());

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("0004 AccepterRdv: DIFFERS (1)", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "/ReponseWSAccepterRdv/Retour/CodeRetour: value recorded 'DmdOkDP', live 'DmdOkDD'",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_TargetGivingAnotherNumeroDemande_CarriesItIntoTheNextRequests()
    {
        _upstream.Answer = (context, request) => Answer(context, request, body => body.Replace(
            "MHS000123456", "MHS-LIVE-42", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync("replay", _recordings, "--target", _upstream.Address.ToString());

        Assert.Equal(0, run.ExitCode);
        var requests = _upstream.Received.Select(Encoding.UTF8.GetString).ToArray();
        Assert.Contains("<NumeroDemande>MHS-LIVE-42</NumeroDemande>", requests[2], StringComparison.Ordinal);
        Assert.Contains("<NumeroDemande>MHS-LIVE-42</NumeroDemande>", requests[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_VolatileFieldGiven_IgnoresItsDifferences()
    {
        _upstream.Answer = (context, request) => Answer(context, request, body => body.Replace(
            "<PresenceClient>PNO</PresenceClient>", "<PresenceClient>PO</PresenceClient>", StringComparison.Ordinal));

        var strict = await CliRun.InvokeAsync("replay", _recordings, "--target", _upstream.Address.ToString());
        var lenient = await CliRun.InvokeAsync(
            "replay", _recordings, "--target", _upstream.Address.ToString(), "--volatile", "//PresenceClient");

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(0, lenient.ExitCode);
    }

    [Fact]
    public async Task Replay_JsonAndJunit_DescribeTheSameResult()
    {
        _upstream.Answer = (context, request) => Answer(context, request, body => body.Replace(
            "<TypeRetourDialogue>T</TypeRetourDialogue>",
            "<TypeRetourDialogue>A</TypeRetourDialogue>",
            StringComparison.Ordinal));
        var target = _upstream.Address.ToString();

        var json = await CliRun.InvokeAsync("replay", _recordings, "--target", target, "--format", "json");
        var junit = await CliRun.InvokeAsync("replay", _recordings, "--target", target, "--format", "junit");

        using var document = JsonDocument.Parse(Assert.Single(json.OutputLines));
        Assert.False(document.RootElement.GetProperty("equivalent").GetBoolean());
        var difference = document.RootElement.GetProperty("exchanges")[3].GetProperty("differences")[0];
        Assert.Equal("/ReponseWSAccepterRdv/TypeRetourDialogue", difference.GetProperty("path").GetString());
        var suite = XDocument.Parse(junit.Output).Root!.Element("testsuite")!;
        Assert.Equal("4", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
    }

    [Fact]
    public async Task Replay_NoTarget_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("replay", _recordings);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("omega: give --target URL or --stub", run.Error.TrimEnd());
    }

    private static Task Answer(HttpContext context, byte[] request, Func<string, string> edit)
    {
        context.Response.ContentType = "text/xml; charset=utf-8";
        var body = edit(Encoding.UTF8.GetString(FakeUpstream.ExampleAnswerTo(request)));
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body)).AsTask();
    }
}
