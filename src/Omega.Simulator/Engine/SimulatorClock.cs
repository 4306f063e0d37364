using System.Globalization;
using Omega.Simulator.Data;

namespace Omega.Simulator.Engine;

/// <summary>The simulated OMEGA's clock: now, today and the opening hours, in the service's time zone.</summary>
internal sealed class SimulatorClock
{
    private readonly TimeProvider _time;
    private readonly TimeZoneInfo _zone;

    public SimulatorClock(TimeProvider time, string timeZone)
    {
        _time = time;
        _zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    public TimeProvider Time => _time;

    public DateTimeOffset Now => _time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _zone).DateTime);

    /// <summary>The first working day after today: where a Date Demandée goes when none was given.</summary>
    public DateOnly NextWorkingDay
    {
        get
        {
            var day = Today.AddDays(1);
            while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                day = day.AddDays(1);
            }

            return day;
        }
    }

    public bool IsOpen(ServiceSettings service)
    {
        if (service.Opens is null || service.Closes is null)
        {
            return true;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _zone).DateTime);
        return local >= Parse(service.Opens) && local < Parse(service.Closes);
    }

    private static TimeOnly Parse(string time) => TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);
}
