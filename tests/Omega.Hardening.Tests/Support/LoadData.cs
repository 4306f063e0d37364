using Omega.Simulator.Data;

namespace Omega.Hardening.Tests.Support;

/// <summary>
/// The simulator's data for many suppliers at once: each has a 6M and an MM PCE of its own, and the
/// calendar so much room that no dialogue's answers depend on another's bookings.
/// </summary>
internal static class LoadData
{
    public static SimulatorData For(int suppliers)
    {
        var shipped = SimulatorDataFile.Load(SimulatorDataFile.DefaultPath);
        var pces = Enumerable.Range(0, suppliers).SelectMany(i => new[]
        {
            new PceRecord { NumeroPce = SixMonthly(i) },
            new PceRecord { NumeroPce = Monthly(i), Frequency = "MM" },
        });
        return shipped with
        {
            Pces = [.. shipped.Pces, .. pces],
            Calendar = shipped.Calendar with { Plages = [new("MATIN", "08:00", "12:00", 1_000_000)] },
        };
    }

    public static string SixMonthly(int supplier) => $"1930{supplier:D10}";

    public static string Monthly(int supplier) => $"1940{supplier:D10}";

    /// <summary>A working day two weeks ahead, within the calendar's horizon whatever the day the test runs.</summary>
    public static DateOnly RequestedDate(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(14);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
