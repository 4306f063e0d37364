using System.Globalization;
using System.Text.Json;
using Omega.Conformance.Recording;

namespace Omega.Conformance.Export;

/// <summary>One exchange as a HAR entry: request, response, timings, and the proxy's judgement.</summary>
internal static class HarEntry
{
    public static void Write(Utf8JsonWriter json, string pageId, RecordedExchange exchange)
    {
        var manifest = exchange.Manifest;
        var upstream = Math.Max(0, manifest.UpstreamMs);
        var proxy = Math.Max(0, manifest.DurationMs - upstream);
        json.WriteStartObject();
        json.WriteString("pageref", pageId);
        json.WriteString("startedDateTime", Time(manifest.StartedAt));
        json.WriteNumber("time", proxy + upstream);
        HarMessages.WriteRequest(json, manifest.Request, exchange.Request);
        HarMessages.WriteResponse(json, manifest.Request, manifest.Response, exchange.Response);
        json.WriteStartObject("cache");
        json.WriteEndObject();
        json.WriteStartObject("timings");
        json.WriteNumber("blocked", proxy);
        json.WriteNumber("dns", -1);
        json.WriteNumber("connect", -1);
        json.WriteNumber("send", 0);
        json.WriteNumber("wait", upstream);
        json.WriteNumber("receive", 0);
        json.WriteNumber("ssl", -1);
        json.WriteString("comment", "wait: OMEGA's time to answer; blocked: the proxy's own (validation, recording)");
        json.WriteEndObject();
        WriteJudgement(json, exchange);
        json.WriteEndObject();
    }

    public static string Time(DateTimeOffset at) => at.ToString("o", CultureInfo.InvariantCulture);

    private static void WriteJudgement(Utf8JsonWriter json, RecordedExchange exchange)
    {
        var manifest = exchange.Manifest;
        var answer = AnswerCodes.Of(exchange.Response);
        json.WriteStartObject("_omega");
        json.WriteString("exchangeId", manifest.ExchangeId);
        json.WriteNumber("sequence", manifest.Sequence);
        json.WriteString("operation", manifest.Operation);
        json.WriteString("numeroDemande", manifest.NumeroDemande);
        json.WriteString("verdict", manifest.Verdict);
        json.WriteString("answeredBy", manifest.Response.AnsweredBy);
        json.WriteString("typeRetourDialogue", answer.TypeRetourDialogue);
        json.WriteString("codeRetour", answer.CodeRetour);
        json.WriteString("upstreamError", manifest.UpstreamError);
        json.WriteString("statusAfter", manifest.DialogueAfter?.Status);
        json.WriteStartArray("violations");
        foreach (var violation in manifest.Violations)
        {
            json.WriteStartObject();
            json.WriteString("side", violation.Side);
            json.WriteString("rule", violation.Rule);
            json.WriteString("severity", violation.Severity);
            json.WriteString("path", violation.Path);
            json.WriteNumber("line", violation.Line);
            json.WriteString("message", violation.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
