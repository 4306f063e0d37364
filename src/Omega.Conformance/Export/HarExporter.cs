using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Omega.Conformance.Recording;

namespace Omega.Conformance.Export;

/// <summary>
/// A recorded dialogue as an HTTP Archive (HAR 1.2), which browser developer tools and HTTP
/// viewers open: one page for the dialogue, one entry per exchange with both bodies, the recorded
/// headers and timings, and the proxy's verdict under the custom field <c>_omega</c>.
/// </summary>
public sealed class HarExporter : IDialogueExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "HAR 1.2";

    public void Write(RecordedDialogue dialogue, Stream output)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartObject("log");
        json.WriteString("version", "1.2");
        json.WriteStartObject("creator");
        json.WriteString("name", "omega");
        json.WriteString("version", Version());
        json.WriteEndObject();
        WritePage(json, dialogue);
        json.WriteStartArray("entries");
        foreach (var exchange in dialogue.Exchanges)
        {
            HarEntry.Write(json, dialogue.Name, exchange);
        }

        json.WriteEndArray();
        json.WriteString("comment", "Recorded by the omega proxy; cookies and credentials are never recorded.");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter json, RecordedDialogue dialogue)
    {
        var first = dialogue.Exchanges.Count > 0 ? dialogue.Exchanges[0].Manifest : null;
        json.WriteStartArray("pages");
        json.WriteStartObject();
        json.WriteString("startedDateTime", HarEntry.Time(first?.StartedAt ?? dialogue.Summary?.StartedAt ?? default));
        json.WriteString("id", dialogue.Name);
        var numeroPce = dialogue.Exchanges.Select(e => e.Manifest.NumeroPce).LastOrDefault(n => n is not null);
        var numeroDemande = dialogue.Exchanges.Select(e => e.Manifest.NumeroDemande).LastOrDefault(n => n is not null);
        json.WriteString("title", string.Create(
            CultureInfo.InvariantCulture,
            $"MHS dialogue, NumeroPCE {numeroPce ?? "?"}, NumeroDemande {numeroDemande ?? "none"}"));
        json.WriteStartObject("pageTimings");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Version() =>
        typeof(HarExporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "unknown";
}
