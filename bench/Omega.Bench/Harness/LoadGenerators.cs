using System.Globalization;
using System.Text.Json;
using Omega.Bench.Load;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>
/// The two load generators, each pinned to the load core: wrk, closed loop, for throughput; and the
/// bench's own paced generator, open loop at a fixed rate, for latency.
/// </summary>
internal sealed class LoadGenerators(BenchSettings settings, ChildProcesses processes)
{
    public async Task<WrkResult> SaturateAsync(Arm arm, PayloadSize size, TimeSpan duration, CancellationToken cancel)
    {
        var (exit, output) = await processes.RunAsync(
            "wrk",
            [
                "-t1", $"-c{settings.Connections}", $"-d{(int)duration.TotalSeconds}s", "--timeout", "10s",
                "-s", settings.WrkScript, new Uri(arm.Address, NginxUpstream.PathOf(size)).AbsoluteUri,
                "--", .. settings.Payloads.Requests(size),
            ],
            settings.LoadCore,
            cancel);
        return Parse<WrkResult>("wrk", exit, output);
    }

    public async Task<PacedResult> PaceAsync(
        Arm arm, PayloadSize size, double rate, TimeSpan duration, CancellationToken cancel)
    {
        var (exit, output) = await processes.RunAsync(
            "dotnet",
            [
                settings.BenchDll, "paced", "--url", new Uri(arm.Address, NginxUpstream.PathOf(size)).AbsoluteUri,
                "--rate", rate.ToString("F0", CultureInfo.InvariantCulture),
                "--duration", duration.TotalSeconds.ToString(CultureInfo.InvariantCulture),
                "--connections", settings.Connections.ToString(CultureInfo.InvariantCulture),
                .. settings.Payloads.Requests(size),
            ],
            settings.LoadCore,
            cancel);
        return Parse<PacedResult>("the paced generator", exit, output);
    }

    private static T Parse<T>(string tool, int exit, string output)
    {
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith('{'));
        if (exit != 0 || line is null)
        {
            throw new BenchException($"{tool} failed (exit {exit}): {output.Trim()}");
        }

        return JsonSerializer.Deserialize<T>(line, BenchJson.Options)
            ?? throw new BenchException($"{tool} printed no result: {output.Trim()}");
    }
}
