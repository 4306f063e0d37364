using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omega.Simulator.Data;

/// <summary>Reads and checks the simulator's data file (JSON, comments allowed).</summary>
public static class SimulatorDataFile
{
    /// <summary>The data file shipped beside the simulator: one PCE per behaviour.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "default-pces.json");

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <exception cref="SimulatorDataException">The file is missing, unreadable or inconsistent.</exception>
    public static SimulatorData Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SimulatorData? data;
        try
        {
            using var stream = File.OpenRead(path);
            data = JsonSerializer.Deserialize<SimulatorData>(stream, Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new SimulatorDataException($"cannot read the data file '{path}': {e.Message}", e);
        }

        if (data is null)
        {
            throw new SimulatorDataException($"the data file '{path}' is empty");
        }

        var problems = Check(data);
        return problems.Count == 0
            ? data
            : throw new SimulatorDataException(
                $"the data file '{path}' is inconsistent: {string.Join("; ", problems)}");
    }

    /// <summary>Every inconsistency of the data, at once.</summary>
    public static IReadOnlyList<string> Check(SimulatorData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<string>();
        if (data.Calendar.PageSize is < 1 or > 24)
        {
            problems.Add("calendar.pageSize must be between 1 and 24 (ListeDatePlage [1-24])");
        }

        if (data.Calendar.Plages.Count == 0)
        {
            problems.Add("calendar.plages is empty");
        }

        foreach (var duplicate in data.Pces.GroupBy(p => p.NumeroPce).Where(g => g.Count() > 1))
        {
            problems.Add($"the PCE {duplicate.Key} is listed twice");
        }

        foreach (var pce in data.Pces.Where(p => p.Frequency is not ("6M" or "1M" or "MM" or "JJ" or "JM")))
        {
            problems.Add($"the PCE {pce.NumeroPce} has the frequency '{pce.Frequency}', not 6M, 1M, MM, JJ or JM");
        }

        foreach (var pce in data.Pces.Where(p => p.Access is not ("PO" or "PNO" or "IAS")))
        {
            problems.Add($"the PCE {pce.NumeroPce} has the access '{pce.Access}', not PO, PNO or IAS");
        }

        return problems;
    }
}
