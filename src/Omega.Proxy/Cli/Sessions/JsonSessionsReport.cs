using System.Text.Encodings.Web;
using System.Text.Json;
using Omega.Conformance.Recording;

namespace Omega.Proxy.Cli.Sessions;

/// <summary>The list for machines: one JSON object per line and per dialogue.</summary>
internal sealed class JsonSessionsReport(TextWriter output) : ISessionsReport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(IReadOnlyList<DialogueListing> listings)
    {
        foreach (var l in listings)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteStartObject();
                json.WriteString("id", l.Id);
                json.WriteString("name", l.Name);
                json.WriteString("startedAt", l.StartedAt.ToUniversalTime());
                json.WriteString("numeroCad", l.NumeroCad);
                json.WriteString("numeroPce", l.NumeroPce);
                json.WriteString("numeroDemande", l.NumeroDemande);
                json.WriteNumber("exchanges", l.Exchanges);
                json.WriteNumber("failed", l.Failed);
                json.WriteString("verdict", l.Verdict);
                json.WriteString("status", l.Status);
                json.WriteStartArray("rules");
                foreach (var rule in l.Rules)
                {
                    json.WriteStringValue(rule);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }
}
