using Omega.Testing;

namespace Omega.Conformance.Tests.Repository;

/// <summary>Keeps the house rule that no line of C# in the repository is longer than 120 characters.</summary>
public sealed class LineWidthTests
{
    private const int MaxLength = 120;

    private static readonly string[] Roots = ["src", "tests", "bench"];

    // Build output and installed packages are not code the repository writes.
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules"];

    // Generated sources follow their generator's layout.
    private static readonly string[] GeneratedSuffixes = [".feature.cs", ".g.cs", ".Designer.cs"];

    [Fact]
    public void CSharpFiles_EveryLine_IsAtMost120Characters()
    {
        var files = Roots
            .Select(root => RepositoryPaths.Under(root))
            .Where(Directory.Exists)
            .SelectMany(CSharpFiles)
            .Order(StringComparer.Ordinal)
            .ToList();

        var tooLong = files.SelectMany(LinesOverTheLimit).ToList();

        Assert.NotEmpty(files);
        Assert.True(
            tooLong.Count == 0,
            $"{tooLong.Count} lines of C# are over {MaxLength} characters:\n{string.Join('\n', tooLong)}");
    }

    private static IEnumerable<string> CSharpFiles(string folder)
    {
        var own = Directory.EnumerateFiles(folder, "*.cs")
            .Where(file => !GeneratedSuffixes.Any(suffix => file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));
        var nested = Directory.EnumerateDirectories(folder)
            .Where(child => !IsSkipped(Path.GetFileName(child)))
            .SelectMany(CSharpFiles);
        return own.Concat(nested);
    }

    // Hidden folders (.git, .vs, bench's .work) hold tools and scratch files, not sources.
    private static bool IsSkipped(string name) =>
        name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> LinesOverTheLimit(string file)
    {
        var path = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
        return File.ReadLines(file)
            .Select((line, index) => (Number: index + 1, line.Length))
            .Where(line => line.Length > MaxLength)
            .Select(line => $"{path}:{line.Number} ({line.Length})");
    }
}
