namespace Omega.Simulator.Data;

/// <summary>
/// The appointment calendar: working days (Monday to Friday, less the closed days) from tomorrow to
/// the horizon, each with its slots (Plage) and their capacity. The seed books part of each slot.
/// </summary>
public sealed record CalendarSettings
{
    public int HorizonDays { get; init; } = 60;

    /// <summary>How many dates one ListeDP carries (1 to 24).</summary>
    public int PageSize { get; init; } = 8;

    public IReadOnlyList<PlageSettings> Plages { get; init; } =
    [
        new("MATIN", "08:00", "12:00", 2),
        new("APRES-MIDI", "13:30", "17:30", 2),
    ];

    /// <summary>Days without any appointment, "YYYY-MM-DD".</summary>
    public IReadOnlyList<string> ClosedDays { get; init; } = [];
}
