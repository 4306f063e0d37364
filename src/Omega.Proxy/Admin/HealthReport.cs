namespace Omega.Proxy.Admin;

/// <summary>The body of /_omega/health.</summary>
internal sealed record HealthReport(
    string Status,
    string Mode,
    string Upstream,
    string? Recordings,
    long UnrecordedExchanges,
    long UptimeSeconds);
