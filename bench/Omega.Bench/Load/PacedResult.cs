namespace Omega.Bench.Load;

/// <summary>
/// What one paced run saw. Latencies in milliseconds, from when each request was due. Requests not
/// answered within two seconds after the end were not sent in time: a server slower than the rate.
/// </summary>
internal sealed record PacedResult(
    double Rate,
    double DurationSeconds,
    long Scheduled,
    long Completed,
    long Failed,
    long NotSent,
    double ElapsedSeconds,
    double P50,
    double P90,
    double P99,
    double P999,
    double Max)
{
    /// <summary>True when the server kept up: almost every request due was answered, none failed.</summary>
    public bool KeptUp => Failed == 0 && Completed >= Scheduled * 0.99;

    public double AchievedRate => Completed / DurationSeconds;
}
