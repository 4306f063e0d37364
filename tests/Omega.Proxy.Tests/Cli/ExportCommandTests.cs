using System.Text.Json;
using Omega.Testing;

namespace Omega.Proxy.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private const string Name = "20261207T080000Z_19100000000602_MHS274068009";

    private static readonly string Dialogue = RepositoryPaths.Under("recordings", Name);

    private readonly string _folder = Directory.CreateTempSubdirectory("omega-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Export_Har_WritesOneEntryPerExchangeAndSaysWhere()
    {
        var har = Path.Combine(_folder, "dialogue.har");

        var run = await CliRun.InvokeAsync("export", Dialogue, "--har", har);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{har}: {Name}, 3 exchanges, HAR 1.2", run.Output.TrimEnd());
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(har));
        var entries = document.RootElement.GetProperty("log").GetProperty("entries");
        Assert.Equal(
            ["CreerDemandeMHS", "ProposerDatePlage", "AccepterRdv"],
            entries.EnumerateArray().Select(e => e.GetProperty("_omega").GetProperty("operation").GetString()));
    }

    [Theory]
    [InlineData("no-format", "omega: give --har FILE")]
    [InlineData("missing-recording", "omega: no recording folder at '{missing}'")]
    [InlineData("unwritable-output", "omega: cannot write '{unwritable}': ")]
    [InlineData("several-dialogues", "omega: '{recordings}' holds 7 dialogues; export one dialogue's folder")]
    public async Task Export_WrongUse_ExitsTwoWithOneLine(string mistake, string expected)
    {
        var missing = Path.Combine(_folder, "absent");
        var unwritable = Path.Combine(_folder, "no-such-folder", "dialogue.har");
        var recordings = RepositoryPaths.Under("recordings");
        string[] args = mistake switch
        {
            "no-format" => ["export", Dialogue],
            "missing-recording" => ["export", missing, "--har", Path.Combine(_folder, "x.har")],
            "unwritable-output" => ["export", Dialogue, "--har", unwritable],
            _ => ["export", recordings, "--har", Path.Combine(_folder, "x.har")],
        };

        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var want = expected.Replace("{missing}", missing, StringComparison.Ordinal)
            .Replace("{unwritable}", unwritable, StringComparison.Ordinal)
            .Replace("{recordings}", recordings, StringComparison.Ordinal);
        Assert.StartsWith(want, line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
