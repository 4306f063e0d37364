using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Omega.Conformance.Recording;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Exchanges;
using Omega.Proxy.Tests.Support;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Proxy.Tests.Dialogues;

/// <summary>Whole dialogues through the proxy to the OMEGA simulator, as a supplier runs them.</summary>
public sealed class SimulatorDialogueTests
{
    private const string Pce6M = "19112345678901";

    [Fact]
    public async Task Dialogue6M_ThroughTheProxy_PassesEveryExchangeByteIdenticalToADirectRun()
    {
        await using var viaProxy = await SimulatedOmega.StartAsync();
        await using var direct = await SimulatedOmega.StartAsync();
        using var directClient = new HttpClient { BaseAddress = direct.Simulator.Url };

        var proxied = await RunAppointmentDialogueAsync(viaProxy.Proxy.PostAsync);
        var straight = await RunAppointmentDialogueAsync(body => directClient.PostAsync(
            "/CreerDemandeMHS", new StringContent(body, Encoding.UTF8, "text/xml")));

        Assert.Equal(straight.Select(r => r.Body), proxied.Select(r => r.Body));
        Assert.All(proxied, reply => Assert.Equal("pass", reply.Verdict));
        Assert.Contains("<CodeRetour>DmdOkDP</CodeRetour>", proxied[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialogue_RecordedManifests_CarryTheEventsOfTheTableauAndTheStatusAfterEach()
    {
        await using var omega = await SimulatedOmega.StartAsync();

        await RunAppointmentDialogueAsync(omega.Proxy.PostAsync);

        var dialogue = Assert.Single(FileRecordingReader.Read([omega.Proxy.Recordings]));
        var creation = dialogue.Exchanges[1].Manifest;
        Assert.Equal("CreerDemandeMHS", creation.Operation);
        Assert.Equal([4, 5, 7], creation.Transitions.Select(t => t.Event));
        Assert.Equal("en attente de RDV", creation.DialogueAfter!.Status);
        var last = dialogue.Exchanges[^1].Manifest;
        Assert.Equal("RDV programmé", last.DialogueAfter!.Status);
        Assert.True(last.DialogueAfter.IsOver);
    }

    [Fact]
    public async Task AppointmentCallBeforeAnyCreation_IsFlaggedOutOfSequence()
    {
        await using var omega = await SimulatedOmega.StartAsync();

        using var response = await omega.Proxy.PostAsync(
            MhsRequests.AccepterRdv("MHS-NEVER-CREATED", "2026-12-16", "MATIN"));

        Assert.Equal("fail", ForwardingTests.Header(response, VerdictHeaders.Verdict));
        Assert.Contains("DLG301", ForwardingTests.Header(response, VerdictHeaders.Rules), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAfterTheDialogueEnded_IsFlaggedOutOfSequence()
    {
        await using var omega = await SimulatedOmega.StartAsync();
        var numero = await CreateAsync(omega.Proxy);
        (await omega.Proxy.PostAsync(MhsRequests.AbandonnerDemande(numero))).Dispose();

        using var late = await omega.Proxy.PostAsync(MhsRequests.DemanderPrecSuiv(numero));

        Assert.Contains("DLG302", ForwardingTests.Header(late, VerdictHeaders.Rules), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DialogueLeftWaitingForAnAppointment_IsReportedOnceItsWindowPasses()
    {
        await using var omega = await SimulatedOmega.StartAsync();
        var numero = await CreateAsync(omega.Proxy);
        var watch = omega.Proxy.Services.GetRequiredService<DialogueWatch>();

        var early = await watch.SweepAsync(omega.Clock.GetUtcNow().AddMinutes(4), CancellationToken.None);
        omega.Clock.Advance(TimeSpan.FromMinutes(6));
        var summary = await WaitForSummaryAsync(omega.Proxy.Recordings);

        Assert.Equal(0, early);
        Assert.Equal(numero, summary.NumeroDemande);
        Assert.Contains(summary.Violations, v => v.Rule == "DLG304");
        var metrics = await Admin.AdminEndpointTests.MetricsOnceCountedAsync(omega.Proxy, "DLG304");
        Assert.Matches("omega_violations_total\\{[^}]*rule=\"DLG304\"[^}]*\\} 1", metrics);
    }

    [Fact]
    public async Task HundredDialoguesInParallel_EachKeepsItsOwnStateAndFolder()
    {
        await using var omega = await SimulatedOmega.StartAsync(data: SimulatedOmega.WithManyPces(100));

        var runs = await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            RunAppointmentDialogueAsync(omega.Proxy.PostAsync, SimulatedOmega.ManyPce(i))));

        Assert.All(runs.SelectMany(run => run), reply => Assert.Equal("pass", reply.Verdict));
        var dialogues = FileRecordingReader.Read([omega.Proxy.Recordings]);
        Assert.Equal(100, dialogues.Count);
        // A dialogue takes three or four calls, as the calendar the others share leaves its slot free or not.
        var calls = Enumerable.Range(0, runs.Length).ToDictionary(SimulatedOmega.ManyPce, i => runs[i].Count);
        Assert.All(dialogues, dialogue =>
        {
            Assert.Equal(calls[dialogue.Exchanges[0].Manifest.NumeroPce!], dialogue.Exchanges.Count);
            Assert.Single(dialogue.Exchanges
                .Select(e => e.Manifest.NumeroDemande)
                .Where(n => n is not null)
                .Distinct());
        });
    }

    /// <summary>The fake clock's tick wakes the watch on another thread: wait for what it writes.</summary>
    private static async Task<DialogueSummary> WaitForSummaryAsync(string recordings)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (FileRecordingReader.Read([recordings]).SingleOrDefault()?.Summary is { } summary)
            {
                return summary;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The dialogue watch wrote no dialogue.json.");
    }

    private static async Task<string> CreateAsync(RunningProxy proxy)
    {
        using var created = await proxy.PostAsync(MhsRequests.Creer(Pce6M, "2026-12-16", "MATIN"));
        var message = Contracts.Validate(await created.Content.ReadAsStringAsync()).Message!;
        return message.FindDescendant("NumeroDemande")!.Value;
    }

    /// <summary>
    /// Check, create with a first date; when OMEGA lists other slots (ListeDP), page once and accept
    /// the first; when it confirms the one asked (DatePlageH), accept it.
    /// </summary>
    private static async Task<List<Reply>> RunAppointmentDialogueAsync(
        Func<string, Task<HttpResponseMessage>> post, string pce = Pce6M)
    {
        var replies = new List<Reply>
        {
            await Reply.OfAsync(post(MhsRequests.Verifier(pce))),
            await Reply.OfAsync(post(MhsRequests.Creer(pce, "2026-12-16", "MATIN"))),
        };
        var numero = replies[1].Message.FindDescendant("NumeroDemande")!.Value;
        var (date, plage) = ("2026-12-16", "MATIN");
        if (replies[1].Message.FindDescendant("ListeDatePlage") is not null)
        {
            replies.Add(await Reply.OfAsync(post(MhsRequests.DemanderPrecSuiv(numero))));
            var slot = replies[2].Message.FindDescendant("ListeDatePlage")!;
            (date, plage) = (slot.Child("Date")!.Value, slot.Child("Plage")!.Value);
        }

        replies.Add(await Reply.OfAsync(post(MhsRequests.AccepterRdv(numero, date, plage))));
        Assert.All(replies, reply => Assert.Equal(HttpStatusCode.OK, reply.Status));
        return replies;
    }

    private sealed record Reply(HttpStatusCode Status, byte[] Body, string Verdict)
    {
        public string Text => Encoding.UTF8.GetString(Body);

        public Omega.Conformance.Soap.MessageElement Message => Contracts.Validate(Text).Message!;

        public static async Task<Reply> OfAsync(Task<HttpResponseMessage> sending)
        {
            using var response = await sending;
            return new Reply(
                response.StatusCode,
                await response.Content.ReadAsByteArrayAsync(),
                ForwardingTests.Header(response, VerdictHeaders.Verdict));
        }
    }
}
