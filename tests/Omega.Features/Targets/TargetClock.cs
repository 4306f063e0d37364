using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Rules;

namespace Omega.Features.Targets;

/// <summary>
/// The target's time as the scenarios see it, in Paris time. An in-process target runs on a fake
/// clock the suite moves forward; a target at a URL keeps its own, which the suite can only read.
/// </summary>
public sealed class TargetClock
{
    private static readonly TimeZoneInfo Paris = IsoDate.OmegaZone;

    private readonly FakeTimeProvider? _fake;
    private readonly ClockSettings? _settings;
    private readonly IReadOnlyList<(DateTimeOffset From, DateTimeOffset To)> _maintenance;

    private TargetClock(
        FakeTimeProvider? fake, ClockSettings? settings, IReadOnlyList<(DateTimeOffset, DateTimeOffset)> maintenance)
    {
        _fake = fake;
        _settings = settings;
        _maintenance = maintenance;
    }

    public TimeProvider Time => (TimeProvider?)_fake ?? TimeProvider.System;

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Today's date where OMEGA is.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Local(Now));

    public static TargetClock System() => new(null, null, []);

    public static TargetClock Fake(
        ClockSettings settings, IReadOnlyList<(DateTimeOffset, DateTimeOffset)> maintenance) =>
        new(new FakeTimeProvider(settings.Start), settings, maintenance);

    public void Advance(TimeSpan by, string why) => Fake(why).Advance(by);

    /// <summary>Moves to half an hour after the next closing time.</summary>
    public void MoveToClosedHours()
    {
        var settings = Settings("close OMEGA");
        var closes = TimeOnly.ParseExact(settings.Closes, "HH:mm");
        var local = Local(Now);
        var target = local.Date + closes.ToTimeSpan() + TimeSpan.FromMinutes(30);
        MoveToLocal(target <= local ? target.AddDays(1) : target, "close OMEGA");
    }

    /// <summary>Moves into the next maintenance window of the simulated OMEGA.</summary>
    public void MoveToMaintenance()
    {
        Settings("reach a maintenance window");
        var next = _maintenance.Where(w => w.To > Now + TimeSpan.FromMinutes(10)).OrderBy(w => w.From).ToList();
        if (next.Count == 0)
        {
            throw new InvalidOperationException("The target's clock is past every maintenance window of its data.");
        }

        var at = next[0].From > Now ? next[0].From + TimeSpan.FromMinutes(5) : Now;
        Fake("reach a maintenance window").SetUtcNow(at);
    }

    /// <summary>
    /// Before each scenario: past the window of every dialogue of the scenarios before (so that none
    /// is taken for this one's), then back to a working morning while OMEGA is open, when an earlier scenario
    /// left the clock in closed hours, on a week-end or in maintenance. The clock only goes forward.
    /// </summary>
    public void StartScenario()
    {
        if (_fake is null || _settings is null)
        {
            return;
        }

        _fake.Advance(Omega.Conformance.Services.Mhs.Dialogue.MhsDialogue.DefaultWindow + TimeSpan.FromMinutes(1));
        var opens = TimeOnly.ParseExact(_settings.Opens, "HH:mm").ToTimeSpan();
        var closes = TimeOnly.ParseExact(_settings.Closes, "HH:mm").ToTimeSpan() - TimeSpan.FromHours(2);
        var local = Local(Now);
        while (!IsWorkingHour(local, opens, closes) || InMaintenance(ToUtc(local)))
        {
            local = local.TimeOfDay < opens && IsWorkingDay(local) ? local.Date + opens + TimeSpan.FromHours(2)
                : local.Date.AddDays(1) + opens + TimeSpan.FromHours(2);
        }

        if (ToUtc(local) > Now)
        {
            _fake.SetUtcNow(ToUtc(local));
        }
    }

    private static bool IsWorkingDay(DateTime local) => local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static bool IsWorkingHour(DateTime local, TimeSpan opens, TimeSpan closes) =>
        IsWorkingDay(local) && local.TimeOfDay >= opens && local.TimeOfDay < closes;

    private bool InMaintenance(DateTimeOffset at) => _maintenance.Any(w => at >= w.From && at < w.To);

    private void MoveToLocal(DateTime local, string why) => Fake(why).SetUtcNow(ToUtc(local));

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris).DateTime;

    private static DateTimeOffset ToUtc(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Paris.GetUtcOffset(local));

    private FakeTimeProvider Fake(string why) => _fake ?? throw new InvalidOperationException(
        $"The target's clock cannot be moved (needed to {why}): "
        + "only an in-process target has a clock the suite moves.");

    private ClockSettings Settings(string why)
    {
        Fake(why);
        return _settings!;
    }
}
