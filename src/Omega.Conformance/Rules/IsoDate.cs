using System.Globalization;

namespace Omega.Conformance.Rules;

/// <summary>Dates as OMEGA writes them: "YYYY-MM-DD", a real calendar day, no time zone; and OMEGA's days.</summary>
public static class IsoDate
{
    private const string Format = "yyyy-MM-dd";

    /// <summary>OMEGA's days are French days: an instant late on a Sunday, UTC, falls on a Monday there.</summary>
    public static TimeZoneInfo OmegaZone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsValid(string? text) => TryParse(text, out _);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Text(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The day an instant falls on in OMEGA's time zone.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, OmegaZone).DateTime);
}
