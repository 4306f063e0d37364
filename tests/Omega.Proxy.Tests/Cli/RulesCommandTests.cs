using Omega.Conformance.Services;
using Omega.Testing;

namespace Omega.Proxy.Tests.Cli;

public sealed class RulesCommandTests
{
    private const string Regenerate = "dotnet run --project src/Omega.Proxy -- rules --format markdown > docs/rules.md";

    [Fact]
    public async Task Rules_Text_ListsEveryRuleWithItsSeveritySectionAndSummary()
    {
        var run = await CliRun.InvokeAsync("rules");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        foreach (var rule in ServiceCatalog.Default.Rules)
        {
            var line = Assert.Single(
                run.OutputLines, line => line.StartsWith($"  {rule.Id} ", StringComparison.Ordinal));
            Assert.Contains(rule.Section, line, StringComparison.Ordinal);
            Assert.EndsWith(rule.Summary, line, StringComparison.Ordinal);
        }

        Assert.Contains(run.OutputLines, line => line.StartsWith("  MHS112   warning ", StringComparison.Ordinal));
        Assert.Contains("CreerDemandeMHS (Définition du Web Service CreerDemandeMHS, V10.2)", run.OutputLines);
    }

    [Fact]
    public async Task Rules_Markdown_IsTheCommittedDocsRulesMd()
    {
        var run = await CliRun.InvokeAsync("rules", "--format", "markdown");
        var committed = await File.ReadAllTextAsync(RepositoryPaths.Under("docs", "rules.md"));

        Assert.Equal(0, run.ExitCode);
        Assert.True(
            run.Output.ReplaceLineEndings("\n") == committed.ReplaceLineEndings("\n"),
            $"docs/rules.md is out of date with the rules; regenerate it at the repository root: {Regenerate}");
    }

    [Fact]
    public async Task Rules_UnknownFormat_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("rules", "--format", "html");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("omega: ", run.Error, StringComparison.Ordinal);
    }
}
