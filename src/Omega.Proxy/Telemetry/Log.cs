using Microsoft.Extensions.Logging;

namespace Omega.Proxy.Telemetry;

/// <summary>
/// Every log line of the proxy. They carry ids, operations and rule ids, never a field's value: an
/// envelope may hold the personal data of a supplier's customer.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventIds.ProxyStarted, LogLevel.Information,
        "Proxy listening on {Listen} in {Mode} mode, forwarding to {Upstream}")]
    public static partial void ProxyStarted(ILogger logger, string listen, string mode, string upstream);

    [LoggerMessage(EventIds.ExchangeJudged, LogLevel.Information,
        "Exchange {ExchangeId} {Operation} NumeroDemande={NumeroDemande}: {Verdict}, status {StatusCode}, "
        + "violations={ViolationCount} [{RuleIds}] in {DurationMs} ms")]
    public static partial void ExchangeJudged(
        ILogger logger,
        string exchangeId,
        string operation,
        string? numeroDemande,
        string verdict,
        int statusCode,
        int violationCount,
        string ruleIds,
        double durationMs);

    [LoggerMessage(EventIds.RequestRefused, LogLevel.Debug,
        "Exchange {ExchangeId}: request refused ({Reason}), not forwarded")]
    public static partial void RequestRefused(ILogger logger, string exchangeId, string reason);

    [LoggerMessage(EventIds.PassThrough, LogLevel.Debug,
        "{Method} {Path} passed through unjudged: not a SOAP exchange")]
    public static partial void PassThrough(ILogger logger, string method, string path);

    [LoggerMessage(EventIds.DialogueExpired, LogLevel.Information,
        "Dialogue {DialogueId} NumeroDemande={NumeroDemande} ended by its window, "
        + "status {Status}; violations [{RuleIds}]")]
    public static partial void DialogueExpired(
        ILogger logger, string dialogueId, string? numeroDemande, string status, string ruleIds);

    [LoggerMessage(EventIds.UpstreamFailed, LogLevel.Warning,
        "Exchange {ExchangeId}: upstream {Upstream} failed ({Error}), answered {StatusCode}")]
    public static partial void UpstreamFailed(
        ILogger logger, string exchangeId, string upstream, string error, int statusCode, Exception? exception);

    [LoggerMessage(EventIds.RecordingFailed, LogLevel.Warning,
        "Exchange {ExchangeId} could not be recorded: {Reason}")]
    public static partial void RecordingFailed(ILogger logger, string exchangeId, string reason, Exception exception);

    [LoggerMessage(EventIds.AdminRefused, LogLevel.Debug,
        "Admin endpoint {Path} refused to {RemoteAddress}: admin endpoints answer the loopback only")]
    public static partial void AdminRefused(ILogger logger, string path, string? remoteAddress);

    [LoggerMessage(EventIds.DialogueNotCommitted, LogLevel.Warning,
        "Exchange {ExchangeId}: dialogue {DialogueId} could not be committed after {Attempts} attempts; its state "
            + "is not updated")]
    public static partial void DialogueNotCommitted(ILogger logger, string exchangeId, string dialogueId, int attempts);

    [LoggerMessage(EventIds.WatchSkipped, LogLevel.Debug,
        "Dialogue watch skipped a sweep: the store failed ({Reason})")]
    public static partial void WatchSkipped(ILogger logger, string reason);

    [LoggerMessage(EventIds.DatabaseDown, LogLevel.Warning,
        "Database {Store} out of reach ({Reason}): exchanges go to the spool, dialogues are judged on this "
            + "instance's state alone")]
    public static partial void DatabaseDown(ILogger logger, string store, string reason, Exception exception);

    [LoggerMessage(EventIds.DatabaseBack, LogLevel.Information,
        "Database {Store} answers again: {Restored} dialogues judged locally written back, draining {Spooled} "
            + "spooled entries")]
    public static partial void DatabaseBack(ILogger logger, string store, int restored, int spooled);

    [LoggerMessage(EventIds.SpoolDrained, LogLevel.Information, "Spool drained into {Store}: {Count} entries")]
    public static partial void SpoolDrained(ILogger logger, string store, int count);

    [LoggerMessage(EventIds.SpoolEntryRejected, LogLevel.Error,
        "Spooled entry {Entry} refused by the database ({Reason}); kept in {Folder}")]
    public static partial void SpoolEntryRejected(ILogger logger, string entry, string reason, string folder,
        Exception exception);
}
