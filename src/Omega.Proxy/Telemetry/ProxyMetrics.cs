using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Omega.Proxy.Telemetry;

/// <summary>The proxy's counters, exported in Prometheus text on /_omega/metrics.</summary>
internal sealed class ProxyMetrics
{
    public const string MeterName = "Omega.Proxy";

    /// <summary>The runtime's own meter (CPU time, GC, bytes allocated), exported beside the proxy's.</summary>
    public const string RuntimeMeterName = "System.Runtime";

    // OpenTelemetry's default buckets (0 to 10 000) are meant for milliseconds; ours are seconds,
    // from a fraction of a millisecond through the proxy to OMEGA's slowest answers.
    private static readonly double[] DurationBuckets =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Counter<long> _exchanges;
    private readonly Counter<long> _violations;
    private readonly Counter<long> _upstreamErrors;
    private readonly Counter<long> _unrecorded;
    private readonly Histogram<double> _duration;

    public ProxyMetrics(IMeterFactory meterFactory, Omega.Proxy.Storage.ProxyStorage storage)
    {
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge(
            "omega.spool.entries", () => storage.Spooled, "{entry}",
                "Recordings waiting in the local spool for the database");
        _exchanges = meter.CreateCounter<long>(
            "omega.exchanges", "{exchange}", "Exchanges judged, by operation and verdict");
        _violations = meter.CreateCounter<long>(
            "omega.violations", "{violation}", "Violations found, by rule and severity");
        _upstreamErrors = meter.CreateCounter<long>("omega.upstream.errors", "{error}", "Upstream failures, by kind");
        _unrecorded = meter.CreateCounter<long>(
            "omega.recording.failures", "{exchange}", "Exchanges that could not be recorded");
        _duration = meter.CreateHistogram(
            "omega.exchange.duration",
            "s",
            "Time from request to answer",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
    }

    public void Exchange(string operation, bool conformant, TimeSpan duration)
    {
        var tags = new TagList { { "operation", operation }, { "verdict", conformant ? "pass" : "fail" } };
        _exchanges.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    public void Violation(string ruleId, string severity) =>
        _violations.Add(
            1,
            new KeyValuePair<string, object?>("rule", ruleId),
            new KeyValuePair<string, object?>("severity", severity));

    public void UpstreamError(string kind) => _upstreamErrors.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Unrecorded() => _unrecorded.Add(1);
}
