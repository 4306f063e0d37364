using Omega.Proxy.Hosting;
using Omega.Proxy.Storage;

namespace Omega.Proxy.Admin;

/// <summary>What /_omega/health says: up or degraded, and what the proxy does.</summary>
internal sealed class ProxyHealth(ProxyOptions options, string upstream, ProxyStorage storage, TimeProvider time)
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

    /// <summary>
    /// Degraded while recording fails, while the database is out of reach, and until the spool is
    /// drained; up again after.
    /// </summary>
    public HealthReport Report() => new(
        _lastRecordingFailed || storage.DatabaseStatus == "down" || storage.Spooled > 0 ? "degraded" : "up",
        options.Mode.ToString().ToLowerInvariant(),
        upstream,
        storage.Recordings?.Description,
        Unrecorded,
        (long)(time.GetUtcNow() - _started).TotalSeconds,
        storage.DatabaseStatus,
        storage.Spooled,
        storage.DialogueState);
}
