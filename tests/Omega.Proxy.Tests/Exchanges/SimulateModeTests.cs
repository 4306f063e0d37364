using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Recording;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Support;
using Omega.Testing.Recordings;

namespace Omega.Proxy.Tests.Exchanges;

/// <summary><c>omega proxy --replay</c>: answers served from recordings, with or without a fallthrough.</summary>
public sealed class SimulateModeTests : IAsyncLifetime
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
        _recordings = Directory.CreateTempSubdirectory("omega-simulate-").FullName;
        await using var recorder = await RunningProxy.StartAsync(
            _upstream.Address, o => o with { Record = _recordings });
        foreach (var request in Dialogue)
        {
            (await recorder.PostAsync(RunningProxy.Example(request))).Dispose();
        }
    }

    public async Task DisposeAsync()
    {
        await _upstream.DisposeAsync();
        Directory.Delete(_recordings, recursive: true);
    }

    [Fact]
    public async Task Replay_RecordedDialogue_IsAnsweredFromTheRecordingsWithoutAnyUpstream()
    {
        await using var proxy = await RunningProxy.StartAsync(
            null, o => o with { Upstream = null, Replay = [_recordings] });
        var received = _upstream.Received.Count;

        foreach (var request in Dialogue)
        {
            using var response = await proxy.PostAsync(RunningProxy.Example(request));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var expected = FakeUpstream.ExampleAnswerTo(RunningProxy.Example(request));
            Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(string.Empty, ForwardingTests.Header(response, VerdictHeaders.Rules));
            Assert.Equal("pass", ForwardingTests.Header(response, VerdictHeaders.Verdict));
        }

        Assert.Equal(received, _upstream.Received.Count);
    }

    [Fact]
    public async Task Replay_WithReplayLatency_AnswersOnceOmegasRecordedTimeHasPassedOnTheClock()
    {
        var folder = Directory.CreateTempSubdirectory("omega-simulate-latency-").FullName;
        try
        {
            await CraftedRecording.WriteAsync(
                folder,
                CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS", m => m with { UpstreamMs = 0 }),
                CraftedRecording.Exchange(2, "CreerDemandeMHS", m => m with { UpstreamMs = 1500 }));
            var clock = new FakeTimeProvider(CraftedRecording.Start);
            await using var proxy = await RunningProxy.StartAsync(
                null, o => o with { Upstream = null, Replay = [folder], ReplayLatency = true }, clock);
            (await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"))).Dispose();

            var pending = proxy.PostAsync(RunningProxy.Example("RequeteWSCreerDemandeMHS"));
            var advanced = TimeSpan.Zero;
            while (!pending.IsCompleted)
            {
                await Task.Delay(10);
                clock.Advance(TimeSpan.FromMilliseconds(100));
                advanced += TimeSpan.FromMilliseconds(100);
            }

            using var response = await pending;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // However late the request reached the wait, the answer never came before 1.5 s of the clock.
            Assert.True(advanced >= TimeSpan.FromMilliseconds(1500), $"answered after {advanced} of the clock");
            var recorded = FileRecordingReader.Read([proxy.Recordings]).SelectMany(d => d.Exchanges)
                .Single(e => e.Manifest.Operation == "CreerDemandeMHS");
            Assert.Equal(1500, recorded.Manifest.UpstreamMs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Replay_RequestDifferingOnlyInVolatileFields_StillMatches()
    {
        await using var proxy = await RunningProxy.StartAsync(
            null, o => o with { Upstream = null, Replay = [_recordings] });
        var request = ForwardingTests.Edit(
            "RequeteWSProposerDatePlage", "<Date>2026-12-21</Date>", "<Date>2027-01-04</Date>");

        using var response = await proxy.PostAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DatePlageH", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_UnmatchedRequest_GetsAFaultSayingSo()
    {
        await using var proxy = await RunningProxy.StartAsync(
            null, o => o with { Upstream = null, Replay = [_recordings] });
        var request = ForwardingTests.Edit("RequeteWSVerifierRecevabiliteMHS", "19112345678901", "19100000000001");

        using var response = await proxy.PostAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var fault = await ForwardingTests.Fault(response);
        Assert.Contains(
            "No recorded exchange matches this VerifierRecevabiliteMHS request",
            fault.Element("faultstring")!.Value,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_WithFallthrough_ForwardsWhatNoRecordingMatches()
    {
        await using var proxy = await RunningProxy.StartAsync(
            _upstream.Address, o => o with { Replay = [_recordings], Fallthrough = true });
        var received = _upstream.Received.Count;
        var unmatched = ForwardingTests.Edit("RequeteWSVerifierRecevabiliteMHS", "19112345678901", "19100000000001");

        using var matched = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));
        using var forwarded = await proxy.PostAsync(unmatched);

        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        Assert.Equal(received + 1, _upstream.Received.Count);
        Assert.Equal(unmatched, _upstream.Received.Last());
    }

    [Fact]
    public async Task Replay_SameRequestAnsweredTwiceDifferently_ServesTheAnswersInOrderThenTheLastAgain()
    {
        var folder = Directory.CreateTempSubdirectory("omega-simulate-twice-").FullName;
        var answers = new Queue<string>(["<CodeRetour>Message</CodeRetour>", "<CodeRetour>DmdKo</CodeRetour>"]);
        _upstream.Answer = (context, request) =>
        {
            var code = answers.Dequeue();
            var example = Encoding.UTF8.GetString(FakeUpstream.ExampleAnswerTo(request));
            var body = example.Replace("<CodeRetour>Message</CodeRetour>", code, StringComparison.Ordinal);
            context.Response.ContentType = "text/xml; charset=utf-8";
            return context.Response.WriteAsync(body);
        };
        await using (var recorder = await RunningProxy.StartAsync(_upstream.Address, o => o with { Record = folder }))
        {
            (await recorder.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"))).Dispose();
            (await recorder.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"))).Dispose();
        }

        await using var proxy = await RunningProxy.StartAsync(null, o => o with { Upstream = null, Replay = [folder] });
        var served = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));
            var text = await response.Content.ReadAsStringAsync();
            served.Add(text.Contains("DmdKo", StringComparison.Ordinal) ? "DmdKo" : "Message");
        }

        Assert.Equal(["Message", "DmdKo", "DmdKo"], served);
        Directory.Delete(folder, recursive: true);
    }
}
