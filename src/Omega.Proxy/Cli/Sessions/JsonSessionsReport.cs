using System.Text.Json;
using Omega.Conformance.Recording;
using Omega.Conformance.Report;

namespace Omega.Proxy.Cli.Sessions;

/// <summary>
/// The list for machines: one JSON object per line and per dialogue, then one line
/// <c>{"total":{…}}</c> with the counts and the conformance score.
/// </summary>
internal sealed class JsonSessionsReport(TextWriter output) : ISessionsReport
{
    public void Write(IReadOnlyList<DialogueListing> listings)
    {
        foreach (var l in listings)
        {
            JsonLine.Write(output, json =>
            {
                json.WriteString("id", l.Id);
                json.WriteString("name", l.Name);
                json.WriteString("startedAt", l.StartedAt.ToUniversalTime());
                json.WriteString("numeroCad", l.NumeroCad);
                json.WriteString("numeroPce", l.NumeroPce);
                json.WriteString("numeroDemande", l.NumeroDemande);
                json.WriteNumber("exchanges", l.Exchanges);
                json.WriteNumber("failed", l.Failed);
                json.WriteString("verdict", l.Verdict);
                json.WriteString("status", l.Status);
                json.WriteStartArray("rules");
                foreach (var rule in l.Rules)
                {
                    json.WriteStringValue(rule);
                }

                json.WriteEndArray();
            });
        }

        var score = ConformanceScore.Of(listings);
        JsonLine.Write(output, json =>
        {
            json.WriteStartObject("total");
            Share(json, score.Exchanges, "exchanges", "passedExchanges", "exchangeScore");
            Share(json, score.Dialogues, "dialogues", "passedDialogues", "dialogueScore");
            json.WriteEndObject();
        });
    }

    /// <summary>The counts and the percentage, null when there is nothing to count.</summary>
    private static void Share(Utf8JsonWriter json, ConformanceShare share, string total, string passed, string percent)
    {
        json.WriteNumber(total, share.Total);
        json.WriteNumber(passed, share.Passed);
        if (share.Percent is { } value)
        {
            json.WriteNumber(percent, value);
        }
        else
        {
            json.WriteNull(percent);
        }
    }
}
