namespace Omega.Proxy.Telemetry;

/// <summary>The one registry of the proxy's log event ids: stable, never reused.</summary>
internal static class EventIds
{
    public const int ProxyStarted = 1000;
    public const int ProxyStopping = 1001;
    public const int ExchangeJudged = 1100;
    public const int RequestRefused = 1101;
    public const int PassThrough = 1102;
    public const int DialogueExpired = 1110;
    public const int DialogueNotCommitted = 1111;
    public const int WatchSkipped = 1112;
    public const int UpstreamFailed = 1200;
    public const int RecordingFailed = 1300;
    public const int DatabaseDown = 1310;
    public const int DatabaseBack = 1311;
    public const int SpoolDrained = 1312;
    public const int SpoolEntryRejected = 1313;
    public const int AdminRefused = 1400;
}
