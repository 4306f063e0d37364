using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Omega.Conformance.Services.Mhs;
using Omega.Proxy.Admin;
using Omega.Proxy.Tests.Support;
using Omega.Testing;

namespace Omega.Proxy.Tests.Recording;

public sealed class RecordingTests : IAsyncLifetime
{
    private static readonly string[] Dialogue =
    [
        "RequeteWSVerifierRecevabiliteMHS", "RequeteWSCreerDemandeMHS",
        "RequeteWSProposerDatePlage", "RequeteWSAccepterRdv",
    ];

    /// <summary>Every request example, in the order of a dialogue that goes through all of them.</summary>
    private static readonly string[] EveryRequest =
    [
        "RequeteWSVerifierRecevabiliteMHS", "RequeteWSCreerDemandeMHS", "RequeteWSDemanderPrecSuiv",
        "RequeteWSProposerDatePlage", "RequeteWSAccepterRdv", "RequeteWSAbandonnerRdv", "RequeteWSAbandonnerDemande",
    ];

    private FakeUpstream _upstream = null!;

    public async Task InitializeAsync() => _upstream = await FakeUpstream.StartAsync();

    public async Task DisposeAsync() => await _upstream.DisposeAsync();

    [Fact]
    public async Task Dialogue_IsRecordedInOneFolderNamedByPceAndNumeroDemande()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);

        await RunDialogueAsync(proxy);

        var folder = Assert.Single(Directory.GetDirectories(proxy.Recordings));
        Assert.EndsWith("_19112345678901_MHS000123456", folder, StringComparison.Ordinal);
        var manifests = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(4, manifests.Length);
        Assert.Equal(12, Directory.GetFiles(folder).Length);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifests[1]));
        var root = manifest.RootElement;
        Assert.Equal("omega-recording/1", root.GetProperty("format").GetString());
        Assert.Equal(2, root.GetProperty("sequence").GetInt32());
        Assert.Equal("CreerDemandeMHS", root.GetProperty("operation").GetString());
        Assert.Equal("MHS000123456", root.GetProperty("numeroDemande").GetString());
        Assert.Equal("pass", root.GetProperty("verdict").GetString());
        Assert.Equal(200, root.GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal("0002-CreerDemandeMHS.request.xml", root.GetProperty("request").GetProperty("file").GetString());
        Assert.Equal("pseudonymized", root.GetProperty("personalData").GetString());
        Assert.Equal("HTTP/1.1", root.GetProperty("request").GetProperty("protocol").GetString());
        Assert.Equal("http", root.GetProperty("request").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Recording_ByDefault_PutsNoPersonalValueOfTheExamplesInAFileOrALogLine()
    {
        var values = ExamplePersonalValues();
        var logs = new InMemoryLogs();
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address, logs: logs);
        // One more creation, refused for a contact phone that is not digits only: a failing exchange too.
        var refused = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<Telephone>0478563412</Telephone>", "<Telephone>0478563412-x</Telephone>").Text;

        foreach (var request in EveryRequest)
        {
            (await proxy.PostAsync(RunningProxy.Example(request))).Dispose();
        }

        (await proxy.PostAsync(refused)).Dispose();

        Assert.True(values.Count >= 11, $"the examples give {values.Count} personal values");
        Assert.Contains("Lambertin", values);
        Assert.Contains("0478563412", values);
        var files = Directory.GetFiles(proxy.Recordings, "*", SearchOption.AllDirectories);
        Assert.Equal(3 * (EveryRequest.Length + 1), files.Length);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(values, value => text.Contains(value, StringComparison.Ordinal));
        }

        Assert.Contains(files, file => File.ReadAllText(file).Contains("\"MHS123\"", StringComparison.Ordinal));
        var judged = logs.Lines.Count(line => line.Contains("[1100]", StringComparison.Ordinal));
        Assert.Equal(EveryRequest.Length + 1, judged);
        Assert.Contains(logs.Lines, line => line.Contains("] Debug:", StringComparison.Ordinal));
        foreach (var line in logs.Lines)
        {
            Assert.DoesNotContain(values, value => line.Contains(value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Recording_ByDefault_StaysValidAgainstTheXsd()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);

        await RunDialogueAsync(proxy);

        var files = Directory.GetFiles(proxy.Recordings, "*", SearchOption.AllDirectories);
        var request = Assert.Single(files, f => f.EndsWith("CreerDemandeMHS.request.xml", StringComparison.Ordinal));
        var verdict = Contracts.ValidateFile(request);
        Assert.Empty(verdict.Violations);
        var telephone = verdict.Message!.Find("Demande/DonneesTypeDemande/Contrat/UtilisateurFinal/TelephonePortable")!;
        Assert.Equal(10, telephone.Value.Length);
    }

    [Fact]
    public async Task Recording_WithKeepPersonalData_KeepsTheBodiesAsSent()
    {
        await using var proxy = await RunningProxy.StartAsync(
            _upstream.Address, o => o with { KeepPersonalData = true });

        await RunDialogueAsync(proxy);

        var request = Directory.GetFiles(
            proxy.Recordings, "*CreerDemandeMHS.request.xml", SearchOption.AllDirectories).Single();
        Assert.Equal(RunningProxy.Example("RequeteWSCreerDemandeMHS"), await File.ReadAllBytesAsync(request));
    }

    [Fact]
    public async Task Recording_IntoAFolderThatCannotBeWritten_KeepsForwardingAndReportsDegraded()
    {
        var blocked = Path.Combine(Path.GetTempPath(), $"omega-blocked-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocked, "a file where the recordings folder should be");
        try
        {
            await using var proxy = await RunningProxy.StartAsync(_upstream.Address, o => o with { Record = blocked });

            using var response = await proxy.PostAsync(RunningProxy.Example("RequeteWSVerifierRecevabiliteMHS"));
            var health = await proxy.Client.GetFromJsonAsync<HealthReport>("/_omega/health");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("degraded", health!.Status);
            Assert.Equal(1, health.UnrecordedExchanges);
        }
        finally
        {
            File.Delete(blocked);
        }
    }

    /// <summary>The values of the personal fields the services declare, wherever an example holds one.</summary>
    private static List<string> ExamplePersonalValues() =>
    [
        .. Directory.GetFiles(RepositoryPaths.Examples, "*.xml")
            .Select(file => Contracts.ValidateFile(file).Message)
            .SelectMany(message => MhsService.Instance.PersonalData.Select(path => message?.Find(path)?.Value))
            .OfType<string>()
            .Where(value => value.Length > 0)
            .Distinct(),
    ];

    private static async Task RunDialogueAsync(RunningProxy proxy)
    {
        foreach (var request in Dialogue)
        {
            using var response = await proxy.PostAsync(RunningProxy.Example(request));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(
                "pass", Exchanges.ForwardingTests.Header(response, Omega.Proxy.Exchanges.VerdictHeaders.Verdict));
        }
    }
}
