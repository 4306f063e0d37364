using System.Globalization;
using System.Text.Json;

namespace Omega.Bench.Harness;

/// <summary>
/// <c>omega validate</c> (schema and rules) against <c>xmllint --noout --schema</c> (schema only) on the
/// same batch of envelopes, one process each over the whole batch, both pinned to the proxy core,
/// timed by hyperfine. Both must find every envelope valid, or hyperfine fails the run.
/// </summary>
internal static class ValidateComparison
{
    public const string OmegaName = "omega validate (schema and rules)";
    public const string XmllintName = "xmllint --noout --schema (schema only)";

    public static async Task<ValidateResult> RunAsync(
        BenchSettings settings, ChildProcesses processes, CancellationToken cancel)
    {
        var batch = settings.Payloads.BatchFolder;
        var export = Path.Combine(settings.Work, "hyperfine.json");
        var core = settings.ProxyCore.ToString(CultureInfo.InvariantCulture);
        var (exit, output) = await processes.RunAsync(
            "hyperfine",
            [
                "--warmup", "1", "--runs", settings.ValidateRuns.ToString(CultureInfo.InvariantCulture),
                "--export-json", export, "--style", "basic",
                "-n", OmegaName, $"taskset -c {core} '{settings.Omega}' validate '{batch}'",
                "-n", XmllintName,
                $"taskset -c {core} xmllint --noout --schema '{settings.Payloads.EnvelopeSchema}' '{batch}'/*.xml",
            ],
            core: null,
            cancel);
        if (exit != 0)
        {
            throw new BenchException($"hyperfine failed (exit {exit}): {output.Trim()}");
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(export, cancel));
        var results = json.RootElement.GetProperty("results").EnumerateArray()
            .ToDictionary(
                result => result.GetProperty("command").GetString()!,
                result => result.GetProperty("mean").GetDouble());
        var files = Directory.GetFiles(batch, "*.xml").Length;
        return new ValidateResult(files, settings.ValidateRuns, results[OmegaName], results[XmllintName]);
    }
}
