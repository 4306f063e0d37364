using System.Text.Json;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>
/// The payloads are what omega must find conformant, or the arms would not measure its real work
/// and enforce would refuse them: <c>omega validate</c> judges each request, and each answer in the
/// context of its request, and must find no violation at all, not even a warning.
/// </summary>
internal static class PayloadCheck
{
    public static async Task RunAsync(BenchSettings settings, ChildProcesses processes, CancellationToken cancel)
    {
        var payloads = settings.Payloads;
        foreach (var size in PayloadSize.All)
        {
            await ExpectCleanAsync(settings, processes, [.. payloads.Requests(size)], cancel);
            string[] answer = ["--request", payloads.Request(size, 0), payloads.Response(size)];
            await ExpectCleanAsync(settings, processes, answer, cancel);
        }
    }

    private static async Task ExpectCleanAsync(
        BenchSettings settings, ChildProcesses processes, string[] arguments, CancellationToken cancel)
    {
        var (exit, output) = await processes.RunAsync(
            settings.Omega, ["validate", "--format", "json", .. arguments], null, cancel);
        var dirty = output.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(file => file.TryGetProperty("violations", out var violations) && violations.GetArrayLength() > 0)
            .Select(file => file.GetProperty("file").GetString() + ": " + file.GetProperty("violations").ToString())
            .ToList();
        if (exit != 0 || dirty.Count > 0)
        {
            throw new BenchException(
                $"omega validate does not find the payloads clean (exit {exit}):\n{string.Join('\n', dirty)}{output}");
        }
    }
}
