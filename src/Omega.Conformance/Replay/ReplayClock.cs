namespace Omega.Conformance.Replay;

/// <summary>
/// A clock for a simulator that replays recordings: it runs at the pace of the real one, set back
/// (or forward) to when the dialogue being replayed was recorded, so that the dates the dialogue
/// asks for mean to the simulator what they meant when it was recorded.
/// </summary>
public sealed class ReplayClock(TimeProvider real) : TimeProvider
{
    private long _offsetTicks;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override long TimestampFrequency => real.TimestampFrequency;

    /// <summary>From now on, the clock reads the instant the dialogue began, and runs from there.</summary>
    public void Follow(DateTimeOffset recordedStart) =>
        Interlocked.Exchange(ref _offsetTicks, (recordedStart - real.GetUtcNow()).Ticks);

    public override DateTimeOffset GetUtcNow() =>
        real.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override long GetTimestamp() => real.GetTimestamp();
}
