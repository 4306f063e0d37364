namespace Omega.Proxy.Exchanges;

/// <summary>The verdict of an exchange, as the supplier's system reads it in the response headers.</summary>
internal static class VerdictHeaders
{
    public const string ExchangeId = "X-Omega-Exchange";
    public const string Verdict = "X-Omega-Verdict";
    public const string ViolationCount = "X-Omega-Violations";
    public const string Rules = "X-Omega-Rules";

    public static void Write(HttpResponse response, Exchange exchange)
    {
        var violations = exchange.Violations.ToList();
        response.Headers[ExchangeId] = exchange.Id;
        response.Headers[Verdict] = exchange.IsConformant ? "pass" : "fail";
        response.Headers[ViolationCount] = violations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (violations.Count > 0)
        {
            var ruleIds = violations.Select(v => v.RuleId).Distinct(StringComparer.Ordinal);
            response.Headers[Rules] = string.Join(',', ruleIds);
        }
    }
}
