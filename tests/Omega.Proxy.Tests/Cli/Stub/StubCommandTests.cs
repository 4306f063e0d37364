using System.Text;
using System.Text.RegularExpressions;
using Omega.Proxy.Cli;
using Omega.Simulator;
using Omega.Testing;

namespace Omega.Proxy.Tests.Cli.Stub;

public sealed partial class StubCommandTests
{
    [Fact]
    public async Task Stub_OnAFreePort_AnswersUntilCancelled()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        using var cancel = new CancellationTokenSource();
        var run = CommandLineApp.RunAsync(
            ["stub", "--listen", "http://127.0.0.1:0"], synchronizedOutput, error, cancel.Token);

        var url = await WaitForUrlAsync(output, synchronizedOutput, run);
        using var http = new HttpClient();
        var example = await File.ReadAllTextAsync(RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS"));
        using var content = new StringContent(example, Encoding.UTF8, "text/xml");
        using var response = await http.PostAsync(url, content);
        var body = await response.Content.ReadAsStringAsync();
        await cancel.CancelAsync();
        var exitCode = await run;

        Assert.Contains("ReponseWSVerifierRecevabiliteMHS", body, StringComparison.Ordinal);
        Assert.True(Contracts.Validate(body).IsConformant);
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("curl", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public async Task Stub_OnALoopbackPort_PrintsAndAdvertisesTheIPv4Loopback()
    {
        var port = ProxyCommandTests.FreePort();
        using var output = new StringWriter();
        var synchronizedOutput = TextWriter.Synchronized(output);
        using var cancel = new CancellationTokenSource();
        var run = CommandLineApp.RunAsync(
            ["stub", "--listen", $"http://127.0.0.1:{port}"], synchronizedOutput, TextWriter.Null, cancel.Token);

        var url = await WaitForUrlAsync(output, synchronizedOutput, run);
        using var http = new HttpClient();
        var wsdl = await http.GetStringAsync(new Uri(url, "?wsdl"));
        await cancel.CancelAsync();
        await run;

        Assert.Equal(new Uri($"http://127.0.0.1:{port}/CreerDemandeMHS"), url);
        Assert.Contains(
            $"WSDL: http://127.0.0.1:{port}/CreerDemandeMHS?wsdl", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"location=\"http://127.0.0.1:{port}/CreerDemandeMHS\"", wsdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StubHelp_EachDefault_IsSaidOnce()
    {
        var run = await CliRun.InvokeAsync("stub", "--help");

        Assert.Contains($"(default {SimulatorOptions.DefaultListenUrl};", run.Output, StringComparison.Ordinal);
        Assert.Equal("http://127.0.0.1:5080", SimulatorOptions.DefaultListenUrl);
        Assert.DoesNotContain("[default:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stub_MissingDataFile_FailsWithExitCode2()
    {
        var run = await CliRun.InvokeAsync(
            "stub", "--listen", "http://127.0.0.1:0", "--data", "/nonexistent/pces.json");

        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("/nonexistent/pces.json", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reads what the command wrote so far; the synchronized writer locks on itself, so the read does too.
    /// </summary>
    private static async Task<Uri> WaitForUrlAsync(StringWriter output, TextWriter writer, Task<int> run)
    {
        for (var attempt = 0; attempt < 200 && !run.IsCompleted; attempt++)
        {
            string written;
            lock (writer)
            {
                written = output.ToString();
            }

            var match = ListeningLine().Match(written);
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value);
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("omega stub did not say where it listens.");
    }

    [GeneratedRegex(@"listening on (\S+)")]
    private static partial Regex ListeningLine();
}
