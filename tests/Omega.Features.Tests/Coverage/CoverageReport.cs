using System.Reflection;
using Omega.Features.Coverage;

namespace Omega.Features.Tests.Coverage;

/// <summary>
/// The coverage table as a file beside the suite's TRX and JUnit files, where CI finds it:
/// TestResults/conformance/coverage.md, the path the project file gives (and prints after the run).
/// </summary>
internal static class CoverageReport
{
    public static string File => typeof(CoverageReport).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "OmegaCoverageFile").Value!;

    public static void Write(CoverageTable table)
    {
        var uncovered = table.Uncovered.ToList();
        var verdict = uncovered.Count == 0
            ? "Every transition, end, label and rule has a scenario."
            : "Without a scenario: " + string.Join(", ", uncovered) + ".";
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        System.IO.File.WriteAllText(
            File,
            "# Coverage of the conformance suite\n\n" + verdict + "\n\n" + table.ToMarkdown());
    }
}
