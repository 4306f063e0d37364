using System.Text.Json;

namespace Omega.Hardening.Tests.Support;

/// <summary>What <c>omega validate --format json</c> said of the first file it judged.</summary>
internal static class ValidateReport
{
    public static string[] Rules(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var report = JsonDocument.Parse(json.Split('\n')[0]);
        var violations = report.RootElement.GetProperty("violations").EnumerateArray();
        return [.. violations.Select(v => v.GetProperty("rule").GetString()!)];
    }
}
