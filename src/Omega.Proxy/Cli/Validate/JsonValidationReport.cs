using System.Text.Encodings.Web;
using System.Text.Json;
using Omega.Conformance.Validation;

namespace Omega.Proxy.Cli.Validate;

/// <summary>The report for machines: one JSON object per line and per file.</summary>
internal sealed class JsonValidationReport(TextWriter output) : IValidationReport
{
    // French labels stay readable in the output; the writer still escapes quotes and controls.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(string file, ValidationResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
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
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public void Finish(ValidationSummary summary)
    {
    }
}
