using Omega.Conformance.Contract;
using Omega.Conformance.Recording;
using Omega.Conformance.Replay;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Validation;
using Omega.Proxy.Tests.Support;
using Omega.Testing;

namespace Omega.Proxy.Tests.Recording;

/// <summary>
/// The recordings committed under recordings/ are what the proxy records of the scenarios against
/// the simulator today, and they replay against it without a diff.
/// </summary>
public sealed class CommittedRecordingsTests
{
    private const string Accept = "OMEGA_ACCEPT_RECORDINGS";

    private static readonly VolatileFields NoVolatileFields = new([]);

    private static string Committed => RepositoryPaths.CommittedRecordings;

    [Fact]
    public async Task CommittedRecordings_AreWhatTheProxyRecordsOfTheScenariosToday()
    {
        var fresh = Directory.CreateTempSubdirectory("omega-committed-").FullName;
        try
        {
            await RecordedScenarios.RecordAllAsync(fresh);
            if (Environment.GetEnvironmentVariable(Accept) == "1")
            {
                Replace(Committed, fresh);
            }

            var expected = FileRecordingReader.Read([fresh]);
            var actual = FileRecordingReader.Read([Committed]);
            var hint = "recordings/ is out of date; accept the new recordings with: "
                + $"{Accept}=1 dotnet test --filter CommittedRecordings";
            Assert.True(expected.Select(d => d.Name).SequenceEqual(actual.Select(d => d.Name)), hint);
            foreach (var (want, have) in expected.Zip(actual))
            {
                Assert.True(Essentials(want).SequenceEqual(Essentials(have)), $"{hint} ({want.Name} differs)");
            }
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Fact]
    public async Task CommittedRecordings_ReplayAgainstTheSimulatorWithoutADiff()
    {
        var dialogues = FileRecordingReader.Read([Committed]);
        var validator = new MessageValidator(ContractLoader.Load(RepositoryPaths.Xsd));
        using var http = new HttpClient();

        Assert.Equal(RecordedScenarios.All.Count, dialogues.Count);
        foreach (var dialogue in dialogues)
        {
            await using var omega = await SimulatedOmega.StartAsync();
            var replayer = new Replayer(http, VolatileFields.Default, validator);
            var replay = await replayer.ReplayAsync(dialogue, omega.Simulator.Url, CancellationToken.None);

            var differences = replay.Exchanges.SelectMany(e => e.Differences.Select(d => $"{e.Sequence} {d}"));
            Assert.True(replay.Equivalent, $"{dialogue.Name}: {string.Join("; ", differences)}");
        }
    }

    [Fact]
    public async Task CommittedRecording_SimulatorAnswerWithOneFieldChanged_ReplayNamesThatPath()
    {
        var dialogue = FileRecordingReader.Read([Committed])
            .Single(d => d.Name.EndsWith("_19112345678901_MHS274068009", StringComparison.Ordinal));
        var validator = new MessageValidator(ContractLoader.Load(RepositoryPaths.Xsd));
        await using var omega = await SimulatedOmega.StartAsync();
        using var http = new HttpClient(
            new ChangingOneField("<PresenceClient>PNO</PresenceClient>", "<PresenceClient>PO</PresenceClient>"));
        var replayer = new Replayer(http, VolatileFields.Default, validator);

        var replay = await replayer.ReplayAsync(dialogue, omega.Simulator.Url, CancellationToken.None);

        Assert.False(replay.Equivalent);
        var creation = replay.Exchanges.Single(e => e.Operation == "CreerDemandeMHS");
        var difference = Assert.Single(creation.Differences);
        Assert.Contains(
            "/ReponseWSCreerDemandeMHS/ReponseCreerDemandeObjet/PresenceClient",
            difference.ToString(),
            StringComparison.Ordinal);
        Assert.All(
            replay.Exchanges.SelectMany(e => e.Differences),
            d => Assert.Contains("/PresenceClient", d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void CommittedRecordings_HoldNoPersonalValueOfTheScenarios()
    {
        foreach (var file in Directory.GetFiles(Committed, "*.xml", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Mme Roussel", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0478563412", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// What must not change between two recordings of a scenario: bodies, verdicts, the dialogue's course.
    /// </summary>
    private static IEnumerable<string> Essentials(RecordedDialogue dialogue) =>
        dialogue.Exchanges.SelectMany(exchange =>
        {
            var m = exchange.Manifest;
            return new[]
            {
                $"{m.Sequence} {m.Operation} {m.Response.Status} {m.Verdict} {m.DialogueAfter?.Status}",
                string.Join(',', m.Violations.Select(v => v.Rule)),
                string.Join(',', m.Transitions.Select(t => t.Event)),
                // Tokens are keyed by dialogue, and dialogue ids differ from run to run: compare their shape.
                CanonicalMessage.Of(exchange.Request, NoVolatileFields, MhsService.Instance.PersonalData)
                    ?? string.Empty,
                Convert.ToBase64String(exchange.Response.Span),
            };
        });

    private static void Replace(string committed, string fresh)
    {
        foreach (var folder in Directory.GetDirectories(committed))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var folder in Directory.GetDirectories(fresh))
        {
            var target = Path.Combine(committed, Path.GetFileName(folder));
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(folder))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
    }

    /// <summary>The simulator's answers, with one field changed on the way back.</summary>
    private sealed class ChangingOneField(string from, string to) : DelegatingHandler(new HttpClientHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancel)
        {
            var response = await base.SendAsync(request, cancel);
            var body = await response.Content.ReadAsStringAsync(cancel);
            var content = new StringContent(body.Replace(from, to, StringComparison.Ordinal));
            content.Headers.ContentType = response.Content.Headers.ContentType;
            response.Content = content;
            return response;
        }
    }
}
