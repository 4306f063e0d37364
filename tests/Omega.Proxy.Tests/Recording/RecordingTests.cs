using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Omega.Proxy.Admin;
using Omega.Proxy.Tests.Support;
using Omega.Testing;

namespace Omega.Proxy.Tests.Recording;

public sealed class RecordingTests : IAsyncLifetime
{
    private static readonly string[] Dialogue =
    [
        "RequeteWSVerifierRecevabiliteMHS", "RequeteWSCreerDemandeMHS", "RequeteWSProposerDatePlage", "RequeteWSAccepterRdv",
    ];

    private static readonly string[] PersonalValues =
    [
        "Lambertin", "Odile", "0611223344", "0472000111", "odile.lambertin@example.org", "Mme Roussel", "0478563412",
        "4821B", "Bâtiment C, sous-sol, local compteurs", "Compteur au sous-sol, demander la gardienne.",
        "Client parti, logement vide depuis le 28/11.",
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
    }

    [Fact]
    public async Task Recording_ByDefault_HoldsNoPersonalValueAndStaysValid()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address);

        await RunDialogueAsync(proxy);

        var files = Directory.GetFiles(proxy.Recordings, "*", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(PersonalValues, value => text.Contains(value, StringComparison.Ordinal));
        }

        var request = Assert.Single(files, f => f.EndsWith("CreerDemandeMHS.request.xml", StringComparison.Ordinal));
        var verdict = Contracts.ValidateFile(request);
        Assert.Empty(verdict.Violations);
        Assert.Equal(10, verdict.Message!.Find("Demande/DonneesTypeDemande/Contrat/UtilisateurFinal/TelephonePortable")!.Value.Length);
    }

    [Fact]
    public async Task Recording_WithKeepPersonalData_KeepsTheBodiesAsSent()
    {
        await using var proxy = await RunningProxy.StartAsync(_upstream.Address, o => o with { KeepPersonalData = true });

        await RunDialogueAsync(proxy);

        var request = Directory.GetFiles(proxy.Recordings, "*CreerDemandeMHS.request.xml", SearchOption.AllDirectories).Single();
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

    private static async Task RunDialogueAsync(RunningProxy proxy)
    {
        foreach (var request in Dialogue)
        {
            using var response = await proxy.PostAsync(RunningProxy.Example(request));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("pass", Exchanges.ForwardingTests.Header(response, Omega.Proxy.Exchanges.VerdictHeaders.Verdict));
        }
    }
}
