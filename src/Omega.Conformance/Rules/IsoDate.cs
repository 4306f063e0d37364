using System.Globalization;

namespace Omega.Conformance.Rules;

/// <summary>Dates as OMEGA writes them: "YYYY-MM-DD", a real calendar day, no time zone.</summary>
public static class IsoDate
{
    public static bool IsValid(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
