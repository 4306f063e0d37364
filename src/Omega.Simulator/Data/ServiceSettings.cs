namespace Omega.Simulator.Data;

/// <summary>When the simulated OMEGA answers: its opening hours and its maintenance windows.</summary>
public sealed record ServiceSettings
{
    /// <summary>The time zone of the opening hours; UTC where the machine does not know it.</summary>
    public string TimeZone { get; init; } = "Europe/Paris";

    /// <summary>Opening time, "HH:mm", local.</summary>
    public string Opens { get; init; } = "07:00";

    /// <summary>Closing time, "HH:mm", local.</summary>
    public string Closes { get; init; } = "21:00";

    public IReadOnlyList<MaintenanceWindow> Maintenance { get; init; } = [];
}
