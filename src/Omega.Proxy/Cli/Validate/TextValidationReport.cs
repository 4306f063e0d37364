using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Validate;

/// <summary>
/// The report for people: a line per file, then a line per violation, per rule not judged and per
/// note (quoted, so that spaces at its ends show).
/// </summary>
internal sealed class TextValidationReport(TextWriter output) : IValidationReport
{
    public void Write(string file, ValidationResult result)
    {
        var name = result.MessageName ?? "no message";
        if (result.Violations.Count == 0)
        {
            output.WriteLine($"{file}: {name}: conformant");
        }
        else
        {
            var verdict = result.IsConformant ? "conformant" : "NOT CONFORMANT";
            var counts = $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";
            output.WriteLine($"{file}: {name}: {verdict} ({counts})");
        }

        foreach (var violation in result.Violations)
        {
            var severity = Severities.Name(violation.Severity);
            var position = violation.Line > 0 ? $" ({violation.Line}:{violation.Column})" : string.Empty;
            output.WriteLine($"  {violation.RuleId,-8} {severity,-7} {violation.Path}{position}: {violation.Message}");
        }

        if (result.DroppedViolations > 0)
        {
            output.WriteLine($"  … and {result.DroppedViolations} more violations, not listed");
        }

        foreach (var notJudged in result.NotJudged)
        {
            output.WriteLine(
                $"  {notJudged.RuleId,-8} {"skipped",-7} {notJudged.Path}: not judged, {notJudged.Reason}");
        }

        foreach (var note in result.Notes)
        {
            output.WriteLine($"  {"note",-16} {note.Key}: \"{note.Text}\"");
        }
    }

    public void Finish(ValidationSummary summary)
    {
        var unreadable = summary.Unreadable > 0 ? $", {summary.Unreadable} unreadable" : string.Empty;
        var files = Count(summary.Files, "file");
        output.WriteLine(
            $"{files}: {summary.Conformant} conformant, {summary.NotConformant} not conformant{unreadable}");
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
