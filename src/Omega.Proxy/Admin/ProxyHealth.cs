using Omega.Proxy.Hosting;

namespace Omega.Proxy.Admin;

/// <summary>What /_omega/health says: up or degraded, and what the proxy does.</summary>
internal sealed class ProxyHealth(ProxyOptions options, string upstream, TimeProvider time)
{
    private readonly DateTimeOffset _started = time.GetUtcNow();
    private long _unrecorded;

    public long Unrecorded => Interlocked.Read(ref _unrecorded);

    public void CountUnrecorded() => Interlocked.Increment(ref _unrecorded);

    public HealthReport Report() => new(
        Unrecorded == 0 ? "up" : "degraded",
        options.Mode.ToString().ToLowerInvariant(),
        upstream,
        string.IsNullOrEmpty(options.Record) ? null : Path.GetFullPath(options.Record),
        Unrecorded,
        (long)(time.GetUtcNow() - _started).TotalSeconds);
}
