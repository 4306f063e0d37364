using Omega.Conformance.Recording;
using Omega.Proxy.Tests.Cli;
using Omega.Proxy.Tests.Support;
using Omega.Testing;
using Omega.Testing.Recordings;

namespace Omega.Proxy.Tests.Report;

/// <summary>
/// A report written by <c>omega report</c> of the committed recordings and of one crafted dialogue
/// whose second exchange failed and whose recording holds hostile text, open in headless chromium.
/// </summary>
public sealed class ReportInChromium : IAsyncLifetime
{
    /// <summary>Text that would run or fetch something if the report pasted it as HTML.</summary>
    public const string Hostile = "</q><script>window.pwned=1</script><img src=\"http://127.0.0.1:9/pwned.png\">";

    private string _folder = null!;
    private HeadlessChromium _chromium = null!;

    public string File { get; private set; } = null!;

    public IReadOnlyList<RecordedDialogue> Dialogues { get; private set; } = null!;

    /// <summary>The URL of every request the report's pages made.</summary>
    public IReadOnlyCollection<string> Requests => _chromium.Requests;

    public Task<Microsoft.Playwright.IPage> OpenAsync() => _chromium.OpenAsync(File);

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("omega-report-").FullName;
        var crafted = Path.Combine(_folder, "crafted");
        await CraftedRecording.WriteAsync(crafted, HostileExchanges());
        File = Path.Combine(_folder, "report.html");
        var committed = RepositoryPaths.CommittedRecordings;
        var run = await CliRun.InvokeAsync("report", committed, crafted, "--out", File);
        Assert.True(run.ExitCode == 0, run.Error);
        Dialogues = FileRecordingReader.Read([committed, crafted]);
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static RecordedExchange[] HostileExchanges()
    {
        var answer = System.Text.Encoding.UTF8.GetBytes(ExampleEnvelope.Of("ReponseWSCreerDemandeMHS").With(
            "<MessageRetour>", "<MessageRetour>" + System.Security.SecurityElement.Escape(Hostile)).Text);
        return
        [
            CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"),
            CraftedRecording.Exchange(
                2,
                "CreerDemandeMHS",
                m => CraftedRecording.Failing(m, "MHS211", Hostile) with
                {
                    NumeroDemande = "MHS<svg onload=window.pwned=2>",
                    Request = m.Request with { Headers = new Dictionary<string, string> { ["X-Trace"] = Hostile } },
                },
                response: answer),
        ];
    }
}
