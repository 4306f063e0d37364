using Omega.Conformance.Export.Features;

namespace Omega.Proxy.Cli.Export;

/// <summary>
/// The target profile whose PCE roles an exported feature speaks of: the one --profile names, or the
/// simulator's (features/targets/simulator.json, carried inside omega), against which recordings are made.
/// </summary>
internal static class SuiteProfiles
{
    public const string DefaultName = "simulator";

    private const string Resource = "Omega.Proxy.simulator-profile.json";

    /// <exception cref="InvalidDataException">The profile is not one, or cannot be read.</exception>
    public static SuiteProfile Load(string? path)
    {
        if (path is null)
        {
            using var stream = typeof(SuiteProfiles).Assembly.GetManifestResourceStream(Resource)
                ?? throw new InvalidOperationException("The simulator's target profile is not inside omega.");
            using var reader = new StreamReader(stream);
            return SuiteProfile.Parse(reader.ReadToEnd(), DefaultName);
        }

        try
        {
            return SuiteProfile.Load(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidDataException($"no target profile at '{path}'", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"cannot read the target profile '{path}': {e.Message}", e);
        }
    }
}
