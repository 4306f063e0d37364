using System.Globalization;
using Omega.Conformance.Recording;
using Omega.Conformance.Report;

namespace Omega.Proxy.Cli.Sessions;

/// <summary>The list for people: a line per dialogue, then a count and the conformance score.</summary>
internal sealed class TextSessionsReport(TextWriter output) : ISessionsReport
{
    public void Write(IReadOnlyList<DialogueListing> listings)
    {
        foreach (var l in listings)
        {
            var rules = l.Rules.Count == 0 ? string.Empty : " [" + string.Join(',', l.Rules) + "]";
            var exchanges = l.Exchanges == 1 ? "1 exchange" : $"{l.Exchanges} exchanges";
            var started = l.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            output.WriteLine(
                $"{l.Name}  {started}  {l.Verdict.ToUpperInvariant()}  {exchanges}  {l.Status ?? "no state"}{rules}");
        }

        var failed = listings.Count(l => l.Verdict == "fail");
        var noun = listings.Count == 1 ? "dialogue" : "dialogues";
        output.WriteLine($"{listings.Count} {noun}: {listings.Count - failed} pass, {failed} fail");
        output.WriteLine(ConformanceScore.Of(listings).ToString());
    }
}
