using System.Text.Json;
using Omega.Testing;

namespace Omega.Proxy.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("omega-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_ExamplesFolder_ReportsEveryFileConformantAndExitsZero()
    {
        var run = await CliRun.InvokeAsync("validate", RepositoryPaths.Examples);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(14, run.OutputLines.Count(line => line.EndsWith(": conformant", StringComparison.Ordinal)));
        Assert.Contains(
            "RequeteWSCreerDemandeMHS.xml: RequeteWSCreerDemandeMHS: conformant", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("14 files: 14 conformant, 0 not conformant", run.OutputLines[^1], StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Validate_Dash_JudgesTheStandardInput()
    {
        var envelope = await File.ReadAllBytesAsync(RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));

        var run = await CliRun.InvokeWithInputAsync(envelope, "validate", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("-: RequeteWSCreerDemandeMHS: conformant", run.OutputLines[0]);
        Assert.Equal("1 file: 1 conformant, 0 not conformant", run.OutputLines[^1]);
    }

    [Fact]
    public async Task Validate_BrokenFile_PrintsRulePathAndMessageAndExitsOne()
    {
        var broken = ExampleEnvelope.Of("RequeteWSVerifierRecevabiliteMHS")
            .Without("        <Login>jdemo</Login>\n")
            .WriteTo(_folder);

        var run = await CliRun.InvokeAsync("validate", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("NOT CONFORMANT (1 error, 0 warnings)", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "MHS103   error   /RequeteWSVerifierRecevabiliteMHS/Utilisateur/Login (8:8): "
                + "Le login doit être renseigné.",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonFormat_WritesOneObjectPerFileWithTheDocumentedFields()
    {
        var broken = ExampleEnvelope.Of("RequeteWSCreerDemandeMHS")
            .With("<NumeroVersion>V10</NumeroVersion>", "<NumeroVersion>V4</NumeroVersion>")
            .WriteTo(_folder);
        var valid = RepositoryPaths.Example("RequeteWSAccepterRdv");

        var run = await CliRun.InvokeAsync("validate", "--format", "json", valid, broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        using var first = JsonDocument.Parse(run.OutputLines[0]);
        Assert.Equal(valid, first.RootElement.GetProperty("file").GetString());
        Assert.Equal("RequeteWSAccepterRdv", first.RootElement.GetProperty("message").GetString());
        Assert.True(first.RootElement.GetProperty("conformant").GetBoolean());
        Assert.Equal(0, first.RootElement.GetProperty("violations").GetArrayLength());
        using var second = JsonDocument.Parse(run.OutputLines[1]);
        Assert.False(second.RootElement.GetProperty("conformant").GetBoolean());
        var violation = second.RootElement.GetProperty("violations")[0];
        Assert.Equal("MHS104", violation.GetProperty("rule").GetString());
        Assert.Equal("error", violation.GetProperty("severity").GetString());
        Assert.Equal("/RequeteWSCreerDemandeMHS/NumeroVersion", violation.GetProperty("path").GetString());
        Assert.Equal(11, violation.GetProperty("line").GetInt32());
        Assert.Contains("'V4'", violation.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_JsonFormat_ListsTheRulesNotJudgedAndTheNotes()
    {
        var creation = RepositoryPaths.Example("RequeteWSCreerDemandeMHS");

        var run = await CliRun.InvokeAsync("validate", "--format", "json", creation);

        using var json = JsonDocument.Parse(run.OutputLines[0]);
        var notJudged = Assert.Single(json.RootElement.GetProperty("notJudged").EnumerateArray());
        Assert.Equal("MHS117", notJudged.GetProperty("rule").GetString());
        Assert.Equal(
            "/RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/ValeurIndexReleve",
            notJudged.GetProperty("path").GetString());
        Assert.False(string.IsNullOrEmpty(notJudged.GetProperty("reason").GetString()));
        var note = Assert.Single(json.RootElement.GetProperty("notes").EnumerateArray());
        Assert.Equal("ObservationDisco", note.GetProperty("key").GetString());
        Assert.Equal("Mme Roussel 4821B Bâtiment C, sous-sol, local compteurs", note.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Validate_ResponseWithItsRequest_JudgesTheRulesThatNeedTheRequest()
    {
        var response = RepositoryPaths.Example("ReponseWSAccepterRdv");
        var request = RepositoryPaths.Example("RequeteWSAccepterRdv");

        var alone = await CliRun.InvokeAsync("validate", response);
        var withRequest = await CliRun.InvokeAsync("validate", "--request", request, response);

        Assert.Contains("MHS211   skipped", alone.Output, StringComparison.Ordinal);
        Assert.Equal(0, withRequest.ExitCode);
        Assert.DoesNotContain("skipped", withRequest.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_RequestFileMissing_ExitsTwoWithOneLine()
    {
        var run = await CliRun.InvokeAsync("validate", "--request", "no-such-request.xml", RepositoryPaths.Examples);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: cannot read --request no-such-request.xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TextFormat_PrintsALinePerRuleNotJudgedAndPerNote()
    {
        var run = await CliRun.InvokeAsync("validate", RepositoryPaths.Example("RequeteWSCreerDemandeMHS"));

        Assert.Contains(
            "  MHS117   skipped /RequeteWSCreerDemandeMHS/Demande/DonneesTypeDemande/ValeurIndexReleve: not judged, ",
            run.Output,
            StringComparison.Ordinal);
        Assert.Contains(
            "  note             ObservationDisco: \"Mme Roussel 4821B Bâtiment C, sous-sol, local compteurs\"",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsTwoWithOneLineOnStandardError()
    {
        var run = await CliRun.InvokeAsync("validate", Path.Combine(_folder, "absent.xml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal($"omega: no such file or folder: {Path.Combine(_folder, "absent.xml")}", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Validate_UnreadableXsdFolder_ExitsTwo()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.xsd"), "<not-a-schema");

        var run = await CliRun.InvokeAsync("validate", "--xsd", _folder, RepositoryPaths.Examples);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: cannot read the XSD", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--format", "yaml", "x.xml")]
    [InlineData("no-such-command")]
    public async Task Validate_BadUsage_ExitsTwoWithOneLineReason(params string[] args)
    {
        var run = await CliRun.InvokeAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Validate_ExplicitXsdFolder_IsUsed()
    {
        var run = await CliRun.InvokeAsync(
            "validate", "--xsd", RepositoryPaths.Xsd, RepositoryPaths.Example("RequeteWSAbandonnerRdv"));

        Assert.Equal(0, run.ExitCode);
    }
}
