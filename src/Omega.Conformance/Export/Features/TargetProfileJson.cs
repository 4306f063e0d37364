using System.Text.Json;
using System.Text.Json.Nodes;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// Reads a target profile of the conformance suite (features/targets/NAME.json): JSON with comments,
/// which may be based on another profile ("basedOn") and override its fields.
/// </summary>
public static class TargetProfileJson
{
    private const int MostBases = 4;

    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonDocumentOptions Document = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The profile at <paramref name="path"/>, merged over the profiles it is based on.</summary>
    /// <param name="path">The profile's file.</param>
    /// <param name="pathOf">The file a "basedOn" names, given the name and the folder of the profile naming it.</param>
    /// <exception cref="InvalidDataException">The profile is not a JSON object, or is based on itself.</exception>
    /// <exception cref="JsonException">The profile is not JSON.</exception>
    public static JsonObject Read(string path, Func<string, string, string> pathOf)
    {
        ArgumentNullException.ThrowIfNull(pathOf);
        return Read(path, pathOf, depth: 0);
    }

    /// <summary>The usual "basedOn": a file beside the profile, its name with or without ".json".</summary>
    public static string Beside(string basedOn, string folder)
    {
        ArgumentNullException.ThrowIfNull(basedOn);
        return Path.Combine(folder, basedOn.EndsWith(".json", StringComparison.Ordinal) ? basedOn : basedOn + ".json");
    }

    public static JsonObject Parse(string json, string source) =>
        JsonNode.Parse(json, documentOptions: Document) as JsonObject
        ?? throw new InvalidDataException($"the target profile '{source}' is not a JSON object");

    private static JsonObject Read(string path, Func<string, string, string> pathOf, int depth)
    {
        if (depth > MostBases)
        {
            throw new InvalidDataException($"the target profile '{path}' is based on itself");
        }

        var node = Parse(File.ReadAllText(path), path);
        if (node["basedOn"]?.GetValue<string>() is not { } basedOn)
        {
            return node;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var merged = Read(pathOf(basedOn, folder), pathOf, depth + 1);
        foreach (var (key, value) in node)
        {
            merged[key] = value?.DeepClone();
        }

        merged.Remove("basedOn");
        return merged;
    }
}
