using Omega.Features.Coverage;
using Omega.Testing;
using Xunit.Abstractions;

namespace Omega.Features.Tests.Coverage;

/// <summary>
/// The conformance suite covers the specification: every transition and end of the tableau, every
/// label of Annexe A and every rule of the catalogue has a scenario; the README shows the same table.
/// </summary>
public sealed class CoverageTests(ITestOutputHelper output)
{
    private const string Start = "<!-- coverage:start -->";
    private const string End = "<!-- coverage:end -->";

    /// <summary>Part of the suite's run (its category), so a run against another target leaves the table too.</summary>
    [Fact]
    [Trait("Category", "conformance")]
    public void Features_EveryTransitionEndLabelAndRule_HasAScenario()
    {
        var table = CoverageTable.Of(FeatureFiles.Scenarios());
        output.WriteLine(table.ToMarkdown());
        CoverageReport.Write(table);

        Assert.Empty(table.Uncovered);
    }

    [Fact]
    public void Features_CoverageTags_NameWhatTheCodeKnows() =>
        Assert.Empty(CoverageTable.UnknownTags(FeatureFiles.Scenarios()));

    [Fact]
    public void CoverageTable_WithoutTheScenarioOfALabel_ListsItUncovered()
    {
        var scenarios = FeatureFiles.Scenarios()
            .Where(s => !s.Tags.Contains("label:DemandeAbandonnee", StringComparer.Ordinal))
            .ToList();

        Assert.Contains("label DmdKo DemandeAbandonnee", CoverageTable.Of(scenarios).Uncovered);
    }

    [Fact]
    public void Readme_CoverageTable_IsTheFeaturesOwn()
    {
        var readme = RepositoryPaths.Under("README.md");
        var text = File.ReadAllText(readme);
        var table = CoverageTable.Of(FeatureFiles.Scenarios()).ToMarkdown();
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no {Start} … {End} section.");
        var current = text[(start + Start.Length)..end].Trim('\n');

        if (Environment.GetEnvironmentVariable("OMEGA_WRITE_COVERAGE") == "1")
        {
            File.WriteAllText(readme, text[..(start + Start.Length)] + "\n" + table + text[end..]);
            return;
        }

        Assert.True(current == table.TrimEnd('\n'),
            "README.md's coverage table is not the features' own: run OMEGA_WRITE_COVERAGE=1 dotnet test "
            + "tests/Omega.Features.Tests --filter Readme and review the diff.");
    }
}
