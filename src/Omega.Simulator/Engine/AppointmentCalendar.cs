using System.Globalization;
using Omega.Conformance.Rules;
using Omega.Simulator.Data;

namespace Omega.Simulator.Engine;

/// <summary>
/// The technicians' calendar: which slots are free, from tomorrow to the horizon. Part of each slot
/// is booked from the seed, the same way every run; appointments taken during the run book the rest.
/// </summary>
internal sealed class AppointmentCalendar
{
    private readonly CalendarSettings _settings;
    private readonly int _seed;
    private readonly HashSet<DateOnly> _closed;
    private readonly Dictionary<(DateOnly, string), int> _taken = [];
    private readonly Lock _lock = new();

    public AppointmentCalendar(CalendarSettings settings, int seed)
    {
        _settings = settings;
        _seed = seed;
        _closed =
        [
            .. settings.ClosedDays.Select(day => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ];
    }

    public int PageSize => _settings.PageSize;

    /// <summary>The free slots from that day (tomorrow at the earliest) to the horizon, in order.</summary>
    public IReadOnlyList<CalendarSlot> FreeFrom(DateOnly from, DateOnly today)
    {
        var first = from > today ? from : today.AddDays(1);
        var last = today.AddDays(_settings.HorizonDays);
        var free = new List<CalendarSlot>();
        lock (_lock)
        {
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                free.AddRange(_settings.Plages.Select(plage => new CalendarSlot(day, plage)).Where(IsFreeLocked));
            }
        }

        return free;
    }

    /// <summary>The slot of that date and Plage, or the day's first free one when no Plage is named.</summary>
    public CalendarSlot? Find(string date, string? plage, DateOnly today)
    {
        if (!IsoDate.TryParse(date, out var day))
        {
            return null;
        }

        if (string.IsNullOrEmpty(plage))
        {
            return FreeFrom(day, today).FirstOrDefault(slot => slot.Date == day);
        }

        var settings = _settings.Plages.FirstOrDefault(p => p.Name == plage);
        return settings is null ? null : new CalendarSlot(day, settings);
    }

    public bool IsFree(CalendarSlot slot, DateOnly today)
    {
        lock (_lock)
        {
            return InHorizon(slot, today) && IsFreeLocked(slot);
        }
    }

    /// <summary>Books the slot when it is still free; false when another dialogue took it first.</summary>
    public bool TryBook(CalendarSlot slot, DateOnly today)
    {
        lock (_lock)
        {
            if (!InHorizon(slot, today) || !IsFreeLocked(slot))
            {
                return false;
            }

            var key = (slot.Date, slot.Plage.Name);
            _taken[key] = _taken.GetValueOrDefault(key) + 1;
            return true;
        }
    }

    private bool InHorizon(CalendarSlot slot, DateOnly today) =>
        slot.Date > today && slot.Date <= today.AddDays(_settings.HorizonDays);

    private bool IsFreeLocked(CalendarSlot slot)
    {
        if (slot.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || _closed.Contains(slot.Date))
        {
            return false;
        }

        var booked = Prebooked(slot) + _taken.GetValueOrDefault((slot.Date, slot.Plage.Name));
        return booked < slot.Plage.Capacity;
    }

    /// <summary>
    /// How much of the slot the seed books: a fixed mix of seed, day and slot, never the process's hash.
    /// </summary>
    private int Prebooked(CalendarSlot slot)
    {
        var plageIndex = 0;
        while (plageIndex < _settings.Plages.Count && _settings.Plages[plageIndex].Name != slot.Plage.Name)
        {
            plageIndex++;
        }

        var mixed = Mix(((ulong)(uint)_seed << 32) ^ ((ulong)slot.Date.DayNumber << 4) ^ (ulong)plageIndex);
        return (int)(mixed % (ulong)(slot.Plage.Capacity + 1));
    }

    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
