using System.Text.RegularExpressions;

namespace Omega.Bench.Harness;

/// <summary>The commit measured and the versions of the peers and tools, as each tells it.</summary>
internal sealed partial record Provenance(string Commit, IReadOnlyList<(string Tool, string Version)> Tools)
{
    public static async Task<Provenance> ReadAsync(
        BenchSettings settings, ChildProcesses processes, CancellationToken cancel)
    {
        async Task<string> FirstLine(string program, params string[] arguments)
        {
            var (_, output) = await processes.RunAsync(program, arguments, null, cancel);
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault() ?? "unknown";
        }

        async Task<string> VersionOf(string program, params string[] arguments) =>
            Version().Match(await FirstLine(program, arguments)) is { Success: true } version
                ? version.Value
                : "unknown";

        var commit = await FirstLine("git", "-C", settings.Repo, "rev-parse", "--short=12", "HEAD");
        var (_, status) = await processes.RunAsync(
            "git", ["-C", settings.Repo, "status", "--porcelain", "--untracked-files=no"], null, cancel);
        var dirty = status.Trim().Length > 0 ? " with uncommitted changes" : string.Empty;
        return new Provenance(commit + dirty,
        [
            ("dotnet SDK", await VersionOf("dotnet", "--version")),
            ("nginx", await VersionOf("nginx", "-v")),
            ("wrk", await VersionOf("wrk", "-v")),
            ("mitmproxy", await VersionOf("mitmdump", "--version")),
            ("mountebank", await VersionOf("node", settings.Mountebank, "--version")),
            ("xmllint", await VersionOf("xmllint", "--version")),
            ("hyperfine", await VersionOf("hyperfine", "--version")),
        ]);
    }

    /// <summary>A dotted version number, or libxml's five digits.</summary>
    [GeneratedRegex(@"\d+\.\d+(\.\d+)*|\d{5}")]
    private static partial Regex Version();
}
