using System.Net;
using System.Net.Sockets;
using Omega.Proxy.Cli;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Cli;

public sealed class ProxyCommandTests
{
    [Theory]
    [InlineData("--upstream", "not a url")]
    [InlineData("--stub", "--upstream", "http://127.0.0.1:1/")]
    [InlineData("--upstream", "http://127.0.0.1:1/", "--listen", "https://127.0.0.1:0")]
    [InlineData("--upstream", "http://127.0.0.1:1/", "--max-envelope", "10")]
    public async Task Proxy_InvalidSettings_ExitTwoWithOneLineReason(params string[] flags)
    {
        var run = await CliRun.InvokeAsync(["proxy", .. flags]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Proxy_SeveralInvalidSettings_AreAllSaidAtOnce()
    {
        var run = await CliRun.InvokeAsync("proxy", "--upstream", "ftp://x", "--max-envelope", "10");

        Assert.Contains("--upstream must be", run.Error, StringComparison.Ordinal);
        Assert.Contains("--max-envelope must be", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "Omega": { "Proxy": { "Mode": "bogus" } } }""", "Omega:Proxy:Mode", "'bogus'")]
    [InlineData("""{ "Omega": { "Proxy": { "UpstreamTimeout": "soon" } } }""", "UpstreamTimeout", "00:00:30")]
    [InlineData("""{ "Omega": { "Proxy": { "MaxEnvelope": 2000 } } }""", "Omega:Proxy:MaxEnvelope", "MaxEnvelopeBytes")]
    [InlineData("""{ "Omega": { "Proxy": { "Tls": { "Cert": "a.pem" } } } }""", "Omega:Proxy:Tls:Cert", "Certificate")]
    [InlineData("""{ "Omega": { "Proxy": { "Mode": "Enforce" """, "omega-settings-", "JSON")]
    public async Task Proxy_ConfigFileItCannotUse_ExitTwoNamingTheSettingBeforeListening(
        string json, string named, string reason)
    {
        using var file = new TempSettingsFile(json);

        var run = await CliRun.InvokeAsync("proxy", "--stub", "--config", file.Path);

        AssertRefused(run, named, reason);
    }

    [Fact]
    public async Task Proxy_MissingConfigFile_ExitTwoNamingTheFile()
    {
        var run = await CliRun.InvokeAsync("proxy", "--stub", "--config", "nosuch.json");

        AssertRefused(run, "'nosuch.json'", "no settings file");
    }

    [Fact]
    public async Task Proxy_WithUpstream_PrintsItsAddressAndATryLineThenForwards()
    {
        await using var upstream = await FakeUpstream.StartAsync();
        var port = FreePort();
        var recordings = Directory.CreateTempSubdirectory("omega-cli-rec-").FullName;
        using var stop = new CancellationTokenSource();
        using var output = new SynchronizedWriter();
        var run = CommandLineApp.RunAsync(
            [
                "proxy",
                "--upstream", upstream.Address.ToString(),
                "--listen", $"http://127.0.0.1:{port}",
                "--record", recordings,
            ],
            output,
            TextWriter.Null,
            stop.Token);

        await output.WaitForAsync("Press Ctrl+C");
        using var client = new HttpClient();
        var content = new ByteArrayContent(RunningProxy.Example("RequeteWSAbandonnerRdv"));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var response = await client.PostAsync($"http://127.0.0.1:{port}/CreerDemandeMHS", content);
        await stop.CancelAsync();

        Assert.Equal(0, await run);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            $"omega proxy listening on http://127.0.0.1:{port} (observe mode)",
            output.Text,
            StringComparison.Ordinal);
        Assert.Contains(
            "curl -s -D - -H 'Content-Type: text/xml; charset=utf-8'",
            output.Text,
            StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(recordings));
        Directory.Delete(recordings, recursive: true);
    }

    /// <summary>One line on stderr, naming the setting and the reason, exit code 2, and nothing started.</summary>
    private static void AssertRefused(CliRun run, string named, string reason)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", run.Output, StringComparison.Ordinal);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
