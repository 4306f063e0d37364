namespace Omega.Simulator.Data;

/// <summary>
/// When the simulated OMEGA answers: its opening hours and its maintenance windows. The specification
/// gives no hours, so the shipped data sets none: OMEGA is open until a data file says otherwise.
/// </summary>
public sealed record ServiceSettings
{
    /// <summary>The time zone of the opening hours; UTC where the machine does not know it.</summary>
    public string TimeZone { get; init; } = "Europe/Paris";

    /// <summary>Opening time, "HH:mm", local; with <see cref="Closes"/> null, OMEGA is always open.</summary>
    public string? Opens { get; init; }

    /// <summary>Closing time, "HH:mm", local.</summary>
    public string? Closes { get; init; }

    public IReadOnlyList<MaintenanceWindow> Maintenance { get; init; } = [];
}
