namespace Omega.Proxy.Admin;

/// <summary>The body of /_omega/health.</summary>
/// <param name="Recordings">Where exchanges are recorded: a folder, or a database URL without its password.</param>
/// <param name="Database">"up" or "down" with a database store; null otherwise.</param>
/// <param name="Spooled">Entries waiting in the local spool for the database.</param>
/// <param name="Dialogues">"memory", "shared", or "local" while the shared state is out of reach.</param>
internal sealed record HealthReport(
    string Status,
    string Mode,
    string Upstream,
    string? Recordings,
    long UnrecordedExchanges,
    long UptimeSeconds,
    string? Database = null,
    long Spooled = 0,
    string Dialogues = "memory");
