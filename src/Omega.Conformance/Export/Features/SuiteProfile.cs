using System.Text.Json;
using System.Text.Json.Nodes;
using Omega.Conformance.Rules;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// What the feature export reads of a target profile: the PCE of each role, the CADs by role, the
/// words of the Plages. The recording's PCE is looked up among the roles to say which it plays.
/// </summary>
public sealed record SuiteProfile
{
    /// <summary>The profile's name, as messages and the exported feature cite it.</summary>
    public string Name { get; init; } = string.Empty;

    public IReadOnlyDictionary<string, ProfilePce> Pces { get; init; } = new Dictionary<string, ProfilePce>();

    /// <summary>The CADs besides the supplier's own, by role ("suspended").</summary>
    public IReadOnlyDictionary<string, string> Cads { get; init; } = new Dictionary<string, string>();

    /// <summary>The Plage names, by the words the scenarios use ("morning" → "MATIN").</summary>
    public IReadOnlyDictionary<string, string> Plages { get; init; } = new Dictionary<string, string>();

    /// <exception cref="InvalidDataException">The file is not a profile.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    public static SuiteProfile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return From(Read(() => TargetProfileJson.Read(path, TargetProfileJson.Beside), path), path);
    }

    /// <exception cref="InvalidDataException">The text is not a profile.</exception>
    public static SuiteProfile Parse(string json, string name) =>
        From(Read(() => TargetProfileJson.Parse(json, name), name), name);

    /// <summary>The role the profile gives that PCE, or null when it plays none.</summary>
    public string? RoleOf(string? numeroPce) =>
        numeroPce is null ? null : Pces.FirstOrDefault(p => p.Value.NumeroPce == numeroPce).Key;

    /// <summary>What the profile knows of the PCE of a role, as the rules that need it read it.</summary>
    public PceFacts? FactsOf(string role) =>
        Pces.TryGetValue(role, out var pce) && pce is { Frequency: { } frequency, Access: { } access }
            ? new PceFacts(frequency, access)
            : null;

    /// <summary>The words the scenarios say a Plage in ("morning" for MATIN), or null when it has none.</summary>
    public string? WordsOf(string plage) => Plages.FirstOrDefault(p => p.Value == plage).Key;

    private static JsonObject Read(Func<JsonObject> read, string source)
    {
        try
        {
            return read();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the target profile '{source}' is not valid JSON: {e.Message}", e);
        }
    }

    private static SuiteProfile From(JsonObject node, string name)
    {
        try
        {
            var profile = node.Deserialize<SuiteProfile>(TargetProfileJson.Options)
                ?? throw new InvalidDataException($"the target profile '{name}' is empty");
            return profile with { Name = Path.GetFileNameWithoutExtension(name) };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the target profile '{name}' does not read as one: {e.Message}", e);
        }
    }
}
