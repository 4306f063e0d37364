using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omega.Conformance.Recording;

/// <summary>How manifests are written: camelCase, indented for people, French labels left readable.</summary>
[JsonSerializable(typeof(ExchangeManifest))]
[JsonSerializable(typeof(DialogueSummary))]
internal sealed partial class RecordingJson : JsonSerializerContext
{
    public static RecordingJson Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
