using System.Text.Json;
using System.Text.Json.Nodes;
using Omega.Testing;

namespace Omega.Features.Targets;

/// <summary>
/// Finds and reads target profiles: OMEGA_TARGET names one (a file, or a name under
/// features/targets/), else the run's default. A profile may be based on another and override it.
/// </summary>
public static class TargetProfiles
{
    public const string Variable = "OMEGA_TARGET";

    private static readonly JsonSerializerOptions Json = new()
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

    public static string Folder => RepositoryPaths.Under("features", "targets");

    /// <summary>The profile OMEGA_TARGET names, or <paramref name="fallback"/> when it is not set.</summary>
    public static (string Name, TargetProfile Profile) Chosen(string fallback)
    {
        var name = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen ? chosen : fallback;
        return (name, Load(name));
    }

    /// <exception cref="InvalidOperationException">The profile cannot be found or read.</exception>
    public static TargetProfile Load(string nameOrPath)
    {
        var node = Read(nameOrPath, depth: 0);
        return node.Deserialize<TargetProfile>(Json)
            ?? throw new InvalidOperationException($"The target profile '{nameOrPath}' is empty.");
    }

    /// <summary>The file a name stands for: a path as given, from the repository, or a name in features/targets.</summary>
    public static string PathOf(string nameOrPath)
    {
        string[] candidates =
        [
            Path.GetFullPath(nameOrPath),
            Path.Combine(RepositoryPaths.Root, nameOrPath),
            Path.Combine(Folder, nameOrPath.EndsWith(".json", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".json"),
        ];
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            $"No target profile '{nameOrPath}': give {Variable} a file or one of "
            + string.Join(", ", Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension)) + ".");
    }

    private static JsonObject Read(string nameOrPath, int depth)
    {
        if (depth > 4)
        {
            throw new InvalidOperationException($"The target profile '{nameOrPath}' is based on itself.");
        }

        var path = PathOf(nameOrPath);
        var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: Document) as JsonObject
            ?? throw new InvalidOperationException($"The target profile {path} is not a JSON object.");
        if (node["basedOn"]?.GetValue<string>() is not { } basedOn)
        {
            return node;
        }

        var merged = Read(basedOn, depth + 1);
        foreach (var (key, value) in node)
        {
            merged[key] = value?.DeepClone();
        }

        merged.Remove("basedOn");
        return merged;
    }
}
