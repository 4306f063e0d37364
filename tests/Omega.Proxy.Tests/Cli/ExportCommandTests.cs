using System.Text.Json;
using Omega.Testing;
using Omega.Testing.Recordings;

namespace Omega.Proxy.Tests.Cli;

public sealed class ExportCommandTests : IDisposable
{
    private const string Name = "20261207T080000Z_19100000000602_MHS274068009";

    private static readonly string Dialogue = Path.Combine(RepositoryPaths.CommittedRecordings, Name);

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

    [Fact]
    public async Task Export_Feature_WritesTheScenarioInTheSuitesStepsAndSaysWhere()
    {
        var feature = Path.Combine(_folder, "dialogue.feature");

        var run = await CliRun.InvokeAsync("export", Dialogue, "--feature", feature);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{feature}: {Name}, 3 exchanges, Gherkin feature", run.Output.TrimEnd());
        Assert.Empty(run.Error);
        var text = await File.ReadAllTextAsync(feature);
        Assert.Contains("with the PCE roles of the target profile 'simulator'", text, StringComparison.Ordinal);
        const string Pce = "    Given a 6M PCE held by our CAD where the customer must be present\n";
        Assert.Contains(Pce, text, StringComparison.Ordinal);
        Assert.Contains("    When the supplier accepts the programmed date\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FeatureWithAProfile_NamesThePceByThatProfilesRoles()
    {
        var profile = Path.Combine(_folder, "staging.json");
        await File.WriteAllTextAsync(profile, """
            // A staging system that knows none of the simulator's PCEs.
            { "basedOn": "base", "pces": {} }
            """);
        await File.WriteAllTextAsync(Path.Combine(_folder, "base.json"), """{ "plages": { "morning": "MATIN" } }""");
        var feature = Path.Combine(_folder, "dialogue.feature");

        var run = await CliRun.InvokeAsync("export", Dialogue, "--feature", feature, "--profile", profile);

        Assert.Equal(0, run.ExitCode);
        var text = await File.ReadAllTextAsync(feature);
        const string Said = "# The recorded PCE 19100000000602 plays no role of the target profile 'staging'";
        Assert.Contains(Said, text, StringComparison.Ordinal);
        Assert.Contains("asking for a Sunday morning\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FeatureOfAnExchangeNoStepSays_WarnsInOneLineAndExitsZero()
    {
        var crafted = await CraftedRecording.WriteAsync(
            Path.Combine(_folder, "crafted"),
            CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS", request: "not xml"u8.ToArray()));
        var feature = Path.Combine(_folder, "crafted.feature");

        var run = await CliRun.InvokeAsync("export", crafted, "--feature", feature);

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        const string Said = "0001 VerifierRecevabiliteMHS: its request holds no message of the contract; left out";
        Assert.Equal($"omega: warning: {feature}: {Said}", warning);
        Assert.Contains("# " + Said, await File.ReadAllTextAsync(feature), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-format", "omega: give --har FILE or --feature FILE")]
    [InlineData("profile-without-feature", "omega: --profile goes with --feature")]
    [InlineData("missing-profile", "omega: no target profile at '{missing}'")]
    [InlineData("profile-not-json", "omega: the target profile '{notJson}' is not valid JSON: ")]
    [InlineData("missing-recording", "omega: no recording folder at '{missing}'")]
    [InlineData("unwritable-output", "omega: cannot write '{unwritable}': ")]
    [InlineData("several-dialogues", "omega: '{recordings}' holds 7 dialogues; export one dialogue's folder")]
    public async Task Export_WrongUse_ExitsTwoWithOneLine(string mistake, string expected)
    {
        var missing = Path.Combine(_folder, "absent");
        var unwritable = Path.Combine(_folder, "no-such-folder", "dialogue.har");
        var recordings = RepositoryPaths.CommittedRecordings;
        var notJson = Path.Combine(_folder, "not-json.json");
        var feature = Path.Combine(_folder, "x.feature");
        var har = Path.Combine(_folder, "x.har");
        await File.WriteAllTextAsync(notJson, "{ pces");
        string[] args = mistake switch
        {
            "profile-without-feature" => ["export", Dialogue, "--har", har, "--profile", notJson],
            "missing-profile" => ["export", Dialogue, "--feature", feature, "--profile", missing],
            "profile-not-json" => ["export", Dialogue, "--feature", feature, "--profile", notJson],
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
            .Replace("{recordings}", recordings, StringComparison.Ordinal)
            .Replace("{notJson}", notJson, StringComparison.Ordinal);
        Assert.StartsWith(want, line, StringComparison.Ordinal);
        Assert.Equal([notJson], Directory.GetFiles(_folder));
    }
}
