using System.Text.Json.Serialization;

namespace Omega.Proxy.Storage;

/// <summary>How spool entries are written: JSON, bodies in base64.</summary>
[JsonSerializable(typeof(SpoolEntry))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class SpoolJson : JsonSerializerContext;
