using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Omega.Proxy.Cli;

/// <summary>The machine-readable reports' one JSON object per line, written whole.</summary>
internal static class JsonLine
{
    // French labels stay readable in the output; the writer still escapes quotes and controls.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one object, whose fields <paramref name="fields"/> writes, and ends the line.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            fields(json);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
