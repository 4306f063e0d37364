using System.Text.Json;
using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Validate;

/// <summary>The report for machines: one JSON object per line and per file.</summary>
internal sealed class JsonValidationReport(TextWriter output) : IValidationReport
{
    public void Write(string file, ValidationResult result)
    {
        JsonLine.Write(output, json =>
        {
            json.WriteString("file", file);
            json.WriteString("message", result.MessageName);
            json.WriteBoolean("conformant", result.IsConformant);
            json.WriteStartArray("violations");
            foreach (var violation in result.Violations)
            {
                json.WriteStartObject();
                json.WriteString("rule", violation.RuleId);
                json.WriteString("severity", Severities.Name(violation.Severity));
                json.WriteString("path", violation.Path);
                json.WriteNumber("line", violation.Line);
                json.WriteString("message", violation.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notJudged");
            foreach (var notJudged in result.NotJudged)
            {
                json.WriteStartObject();
                json.WriteString("rule", notJudged.RuleId);
                json.WriteString("path", notJudged.Path);
                json.WriteString("reason", notJudged.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in result.Notes)
            {
                json.WriteStartObject();
                json.WriteString("key", note.Key);
                json.WriteString("text", note.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    public void Finish(ValidationSummary summary)
    {
    }
}
