using Omega.Conformance.Recording;
using Omega.Conformance.Rules;
using Omega.Conformance.Validation;
using Omega.Proxy.Exchanges;

namespace Omega.Proxy.Recording;

/// <summary>Writes down an exchange as its recording manifest.</summary>
internal static class ManifestBuilder
{
    public static ExchangeManifest Build(Exchange exchange, bool keepPersonalData, Func<string, string> scrub)
    {
        var dialogue = exchange.Dialogue!;
        var stem = FileRecordingStore.ExchangeStem(exchange.Sequence, exchange.Operation);
        var responseBytes = exchange.ProxyAnswerBody?.Length ?? exchange.Response?.Length ?? 0;
        return new ExchangeManifest
        {
            ExchangeId = exchange.Id,
            DialogueId = dialogue.Id,
            Sequence = exchange.Sequence,
            Operation = exchange.Operation,
            NumeroCad = dialogue.NumeroCad,
            NumeroPce = dialogue.NumeroPce,
            NumeroDemande = exchange.NumeroDemande ?? dialogue.NumeroDemande,
            StartedAt = exchange.StartedAt,
            DurationMs = Math.Round(exchange.Duration.TotalMilliseconds, 3),
            UpstreamMs = Math.Round(exchange.UpstreamDuration.TotalMilliseconds, 3),
            Verdict = exchange.IsConformant ? "pass" : "fail",
            Violations = [.. Violations(exchange, scrub)],
            NotJudged =
            [
                .. NotJudged("request", exchange.RequestVerdict),
                .. NotJudged("response", exchange.ResponseVerdict),
            ],
            UpstreamError = exchange.UpstreamError == Yarp.ReverseProxy.Forwarder.ForwarderError.None
                ? null
                : exchange.UpstreamError.ToString(),
            PersonalData = keepPersonalData ? "kept" : "pseudonymized",
            Transitions = exchange.Transitions,
            DialogueAfter = dialogue.State,
            DialogueJudgement = dialogue.Stored.Local ? "local" : null,
            Request = new RecordedMessage
            {
                File = exchange.Request is { TooLarge: false, Length: > 0 } ? stem + ".request.xml" : null,
                Bytes = exchange.Request?.Length ?? 0,
                Method = exchange.Method,
                Path = exchange.Path,
                Protocol = exchange.Protocol,
                Scheme = exchange.Scheme,
                Headers = exchange.RequestHeaders,
                Message = exchange.RequestVerdict?.MessageName,
                Conformant = exchange.RequestVerdict?.IsConformant ?? false,
            },
            Response = new RecordedMessage
            {
                File = responseBytes > 0 && exchange.Response?.TooLarge != true ? stem + ".response.xml" : null,
                Bytes = responseBytes,
                Status = exchange.StatusCode,
                Headers = exchange.ResponseHeaders,
                Message = exchange.ResponseVerdict?.MessageName,
                Conformant = exchange.ResponseVerdict?.IsConformant ?? exchange.ProxyAnswer is null,
                AnsweredBy = exchange.ProxyAnswer is not null ? "proxy"
                    : exchange.AnsweredFromRecording is not null ? "recording"
                    : "upstream",
            },
        };
    }

    /// <summary>A violation as a recording keeps it, its message scrubbed of personal values.</summary>
    public static RecordedViolation Recorded(string side, Violation violation, Func<string, string> scrub) => new(
        side,
        violation.RuleId,
        violation.Severity == Severity.Error ? "error" : "warning",
        violation.Path,
        violation.Line,
        scrub(violation.Message));

    private static IEnumerable<RecordedViolation> Violations(Exchange exchange, Func<string, string> scrub)
    {
        IEnumerable<RecordedViolation> Side(string side, IEnumerable<Violation> violations) =>
            violations.Select(v => Recorded(side, v, scrub));

        return Side("request", exchange.RequestVerdict?.Violations ?? [])
            .Concat(Side("response", exchange.ResponseVerdict?.Violations ?? []))
            .Concat(Side("exchange", exchange.ExchangeViolations))
            .Concat(Side("exchange", exchange.DialogueViolations));
    }

    private static IEnumerable<RecordedNotJudged> NotJudged(string side, ValidationResult? verdict) =>
        (verdict?.NotJudged ?? []).Select(n => new RecordedNotJudged(side, n.RuleId, n.Path, n.Reason));
}
