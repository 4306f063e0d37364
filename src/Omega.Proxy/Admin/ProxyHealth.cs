using Omega.Proxy.Hosting;

namespace Omega.Proxy.Admin;

/// <summary>What /_omega/health says: up or degraded, and what the proxy does.</summary>
internal sealed class ProxyHealth(ProxyOptions options, string upstream, TimeProvider time)
{
    private readonly DateTimeOffset _started = time.GetUtcNow();
    private long _unrecorded;
    private volatile bool _lastRecordingFailed;

    /// <summary>How many exchanges could not be recorded since the start.</summary>
    public long Unrecorded => Interlocked.Read(ref _unrecorded);

    public void RecordingSucceeded() => _lastRecordingFailed = false;

    public void RecordingFailed()
    {
        Interlocked.Increment(ref _unrecorded);
        _lastRecordingFailed = true;
    }

    /// <summary>Degraded while recording fails; up again once an exchange is recorded.</summary>
    public HealthReport Report() => new(
        _lastRecordingFailed ? "degraded" : "up",
        options.Mode.ToString().ToLowerInvariant(),
        upstream,
        string.IsNullOrEmpty(options.Record) ? null : Path.GetFullPath(options.Record),
        Unrecorded,
        (long)(time.GetUtcNow() - _started).TotalSeconds);
}
