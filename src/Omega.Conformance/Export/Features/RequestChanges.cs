using Omega.Conformance.Validation;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// What a recorded request broke, as the changes a step of the suite makes to the request it sends:
/// ", with an empty Utilisateur/Login", ", with Telephone "05 11 72 72 06"". The values are the
/// recorded ones (pseudonymized when the recording is). The dialogue's rules need no change: the
/// order of the steps breaks them again.
/// </summary>
internal static class RequestChanges
{
    /// <summary>The changes, joined by " and " as the steps read them, and what no change can say.</summary>
    public static (string? Words, IReadOnlyList<string> Problems) Of(RecordedCall call)
    {
        var changes = new List<string>();
        var problems = new List<string>();
        foreach (var violation in call.RequestViolations)
        {
            var (change, problem) = Change(call, violation);
            if (problem is not null)
            {
                problems.Add($"{violation.RuleId} at {violation.Path}: {problem}");
            }
            else if (change is not null && !changes.Contains(change, StringComparer.Ordinal))
            {
                changes.Add(change);
            }
        }

        return (changes.Count == 0 ? null : string.Join(" and ", changes), problems);
    }

    private static (string? Change, string? Problem) Change(RecordedCall call, Violation violation)
    {
        var rule = violation.RuleId;
        if (rule.StartsWith("DLG", StringComparison.Ordinal))
        {
            return (null, null);
        }

        if (rule == StructuralRules.ContentTypeMismatch.Id)
        {
            return call.ContentType?.StartsWith("application/soap+xml", StringComparison.OrdinalIgnoreCase) == true
                ? ("the Content-Type of SOAP 1.2", null)
                : (null, "the steps send SOAP 1.1 as text/xml or as SOAP 1.2 only");
        }

        if (rule == StructuralRules.UnexpectedElement.Id || rule == StructuralRules.SchemaOther.Id)
        {
            return (null, "the steps only change the fields the contract knows");
        }

        var segments = violation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        if (segments.Count == 0 || segments.Any(s => s.Contains('[', StringComparison.Ordinal)))
        {
            return (null, "no change of one field of the request says it");
        }

        var field = string.Join('/', segments);
        var element = call.Request?.Find(field);
        if (element is null)
        {
            return ("no " + field, null);
        }

        if (element.Children.Count > 0)
        {
            return (null, "the steps change a field's value, not a block of fields");
        }

        var value = element.Value;
        if (value.Contains(" and ", StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal))
        {
            return (null, "the recorded value holds what the steps read as the end of a change");
        }

        return (value.Length == 0 ? "an empty " + field : $"{field} \"{value}\"", null);
    }
}
