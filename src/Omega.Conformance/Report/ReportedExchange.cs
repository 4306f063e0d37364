using Omega.Conformance.Recording;

namespace Omega.Conformance.Report;

/// <summary>One recorded exchange as a report shows it, with what its answer said.</summary>
/// <param name="Anchor">The id of the exchange in the report, safe in HTML and in a URL fragment.</param>
public sealed record ReportedExchange(RecordedExchange Exchange, AnswerCodes Answer, string Anchor)
{
    public ExchangeManifest Manifest => Exchange.Manifest;

    /// <summary>An error was found on the exchange (the proxy's verdict "fail").</summary>
    public bool Failed => Manifest.Verdict != "pass";

    /// <summary>The proxy passed the request on: to OMEGA, or to the recording it answers from.</summary>
    public bool Forwarded =>
        Manifest.Response.AnsweredBy is "upstream" or "recording" || Manifest.UpstreamError is not null;

    public double ProxyMs => Math.Max(0, Manifest.DurationMs - Manifest.UpstreamMs);
}
