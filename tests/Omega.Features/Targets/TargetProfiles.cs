using System.Text.Json;
using Omega.Conformance.Export.Features;
using Omega.Testing;

namespace Omega.Features.Targets;

/// <summary>
/// Finds and reads target profiles: OMEGA_TARGET names one (a file, or a name under
/// features/targets/), else the run's default. A profile may be based on another and override it.
/// </summary>
public static class TargetProfiles
{
    public const string Variable = "OMEGA_TARGET";

    public static string Folder => RepositoryPaths.Under("features", "targets");

    /// <summary>The profile OMEGA_TARGET names, or <paramref name="fallback"/> when it is not set.</summary>
    public static (string Name, TargetProfile Profile) Chosen(string fallback)
    {
        var name = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen ? chosen : fallback;
        return (name, Load(name));
    }

    /// <exception cref="InvalidOperationException">The profile cannot be found.</exception>
    /// <exception cref="InvalidDataException">It is no profile, or is based on itself.</exception>
    public static TargetProfile Load(string nameOrPath)
    {
        var node = TargetProfileJson.Read(PathOf(nameOrPath), (basedOn, _) => PathOf(basedOn));
        return node.Deserialize<TargetProfile>(TargetProfileJson.Options)
            ?? throw new InvalidOperationException($"The target profile '{nameOrPath}' is empty.");
    }

    /// <summary>
    /// The file a name stands for: a path as given, from the repository, or a name in features/targets.
    /// </summary>
    public static string PathOf(string nameOrPath)
    {
        var fileName = nameOrPath.EndsWith(".json", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".json";
        string[] candidates =
        [
            Path.GetFullPath(nameOrPath),
            Path.Combine(RepositoryPaths.Root, nameOrPath),
            Path.Combine(Folder, fileName),
        ];
        return candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            $"No target profile '{nameOrPath}': give {Variable} a file or one of "
            + string.Join(", ", Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension)) + ".");
    }
}
