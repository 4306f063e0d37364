using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Rules;

/// <summary>The catalogue for a terminal: a heading per group, then a line per rule in aligned columns.</summary>
internal static class TextRuleCatalogue
{
    public static void Write(TextWriter output, IReadOnlyList<RuleGroup> groups)
    {
        var idWidth = groups.SelectMany(group => group.Rules).Max(rule => rule.Id.Length);
        var sectionWidth = groups.SelectMany(group => group.Rules).Max(rule => rule.Section.Length);
        foreach (var group in groups)
        {
            output.WriteLine(group.Specification is null ? group.Title : $"{group.Title} ({group.Specification})");
            foreach (var rule in group.Rules)
            {
                output.WriteLine(
                    $"  {rule.Id.PadRight(idWidth)}  {Severities.Name(rule.Severity),-7}  "
                    + $"{rule.Section.PadRight(sectionWidth)}  {rule.Summary}");
            }
        }
    }
}
