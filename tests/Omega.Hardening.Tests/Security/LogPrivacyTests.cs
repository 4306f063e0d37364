using Microsoft.Extensions.Logging;
using Omega.Conformance.Services.Mhs;
using Omega.Hardening.Tests.Support;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Support;
using Omega.Simulator;
using Omega.Testing;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.Security;

/// <summary>
/// The personal values of the CreerDemandeMHS example never reach a log line, at any level, of the
/// proxy or of the simulator, whatever path the exchange takes: forwarded, refused, too large,
/// failed upstream, unrecorded.
/// </summary>
public sealed class LogPrivacyTests(ITestOutputHelper output)
{
    private const string Creation = "RequeteWSCreerDemandeMHS";

    // PCEs of the simulator's shipped data that fail on purpose: a reset connection, an HTTP 500.
    private const string ResetByTheSimulator = "19100000000668";
    private const string FailedBySimulatorWith500 = "19100000000666";

    [Fact]
    public async Task Logs_CreationWithPersonalDataThroughEveryPath_HoldNoPersonalValue()
    {
        using var logs = new InMemoryLogs();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        await using var simulator = await OmegaSimulator.StartAsync(
            new SimulatorOptions { ListenUrl = "http://127.0.0.1:0", LoggerFactory = factory });
        var unwritable = Path.Combine(Path.GetTempPath(), $"omega-file-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(unwritable, "a file where the recordings folder should be");
        var creation = ExampleEnvelope.Of(Creation);
        try
        {
            await using (var observe = await RunningProxy.StartAsync(simulator.Url, logs: logs))
            {
                await SendAsync(observe, ExampleEnvelope.Of("RequeteWSVerifierRecevabiliteMHS").Text);
                await SendAsync(observe, creation.Text);
                await SendAsync(observe, OnPce(creation, ResetByTheSimulator));
                await SendAsync(observe, OnPce(creation, FailedBySimulatorWith500));
                await SendAsync(observe, creation.Text[..(creation.Text.Length * 2 / 3)]);
            }

            await using (var enforce = await RunningProxy.StartAsync(simulator.Url, o => o with
            {
                Mode = ProxyMode.Enforce, MaxEnvelopeBytes = 4096, Record = unwritable,
            }, logs: logs))
            {
                await SendAsync(enforce, creation.With("<NumeroVersion>V10</", "<NumeroVersion>V2</").Text);
                await SendAsync(enforce, creation.Text + new string(' ', 4096));
            }
        }
        finally
        {
            File.Delete(unwritable);
        }

        var values = PersonalValues(creation);
        output.WriteLine($"{logs.Lines.Count} log lines searched for {values.Count} personal values");
        Assert.True(values.Count >= 10, "the example carries fewer personal values than the test expects");
        Assert.Contains(logs.Lines, line => line.Contains("[1300]", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("[1200]", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("] Trace:", StringComparison.Ordinal));
        var text = string.Join('\n', logs.Lines);
        Assert.All(values, value => Assert.DoesNotContain(value, text, StringComparison.Ordinal));
    }

    private static async Task SendAsync(RunningProxy proxy, string envelope)
    {
        using var response = await proxy.PostAsync(envelope);
        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The values the example gives the fields the service calls personal.</summary>
    private static List<string> PersonalValues(ExampleEnvelope example)
    {
        var message = example.Message();
        var values = MhsService.Instance.PersonalData.Select(path => message.Find(path)?.Value.Trim());
        return [.. values.OfType<string>().Where(v => v.Length > 0)];
    }

    private static string OnPce(ExampleEnvelope creation, string pce) =>
        creation.With("<NumeroPCE>19112345678901</NumeroPCE>", $"<NumeroPCE>{pce}</NumeroPCE>").Text;
}
