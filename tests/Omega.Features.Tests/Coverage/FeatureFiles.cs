using Gherkin;
using Omega.Features.Coverage;
using Omega.Testing;

namespace Omega.Features.Tests.Coverage;

/// <summary>The scenarios of features/, read with the Gherkin parser.</summary>
internal static class FeatureFiles
{
    public static string Folder => RepositoryPaths.Under("features");

    public static IReadOnlyList<CoveredScenario> Scenarios() => [.. Directory
        .GetFiles(Folder, "*.feature", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .SelectMany(Read)];

    private static IEnumerable<CoveredScenario> Read(string path)
    {
        var document = new Parser().Parse(path);
        var feature = document.Feature;
        var name = Path.GetRelativePath(Folder, path);
        foreach (var scenario in feature.Children.OfType<Gherkin.Ast.Scenario>())
        {
            var tags = scenario.Tags.Concat(scenario.Examples.SelectMany(e => e.Tags))
                .Select(t => t.Name.TrimStart('@'))
                .ToList();
            yield return new CoveredScenario(name, scenario.Name, tags);
        }
    }
}
