using System.Text.Json;

namespace Omega.Bench;

/// <summary>How the bench's tools talk JSON to each other.</summary>
internal static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
