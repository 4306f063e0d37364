using Omega.Conformance.Dialogue;
using Omega.Conformance.Recording;
using Omega.Conformance.Rules;
using Omega.Conformance.Services.Mhs;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Export.Features;

/// <summary>
/// One recorded exchange as the export reads it: both messages, judged the way the conformance suite
/// judges the exchange it will send in its place (the request with what the profile knows of the PCE).
/// </summary>
internal sealed record RecordedCall
{
    public required ExchangeManifest Manifest { get; init; }

    public required string Operation { get; init; }

    /// <summary>The request's message, or null when its body holds none the contract knows.</summary>
    public MessageElement? Request { get; init; }

    /// <summary>OMEGA's answer, or null when none came, it is a SOAP Fault, or it holds no message.</summary>
    public MessageElement? Response { get; init; }

    /// <summary>True when no answer came: the upstream failed.</summary>
    public bool Lost { get; init; }

    public bool IsFault { get; init; }

    /// <summary>What omega finds in the request: the rules, the Content-Type, and the dialogue's order.</summary>
    public IReadOnlyList<Violation> RequestViolations { get; init; } = [];

    /// <summary>The errors omega found in the recorded answer.</summary>
    public IReadOnlyList<string> AnswerErrors { get; init; } = [];

    public required DialogueExchange Codes { get; init; }

    /// <summary>"0002 CreerDemandeMHS", as comments and warnings name the exchange.</summary>
    public string Label => $"{Manifest.Sequence:D4} {Operation}";

    public bool Answered => Response is not null;

    public static RecordedCall Read(RecordedExchange exchange, MessageValidator validator, PceFacts? facts)
    {
        var manifest = exchange.Manifest;
        var request = validator.Validate(exchange.Request, new ExchangeContext { Pce = facts });
        var answer = exchange.Response.IsEmpty
            ? null
            : validator.Validate(exchange.Response, new ExchangeContext { Request = request.Message, Pce = facts });
        var isFault = answer?.Envelope.IsFault ?? false;
        var response = isFault ? null : answer?.Message;
        var operation = request.Binding?.Operation.Name ?? manifest.Operation ?? "unknown operation";
        var violations = request.Violations.ToList();
        if (ContentTypeCheck.Check(ContentTypeOf(manifest), request.Envelope.Version) is { } transport)
        {
            violations.Add(transport);
        }

        // The dialogue's rules on the supplier's call, as the proxy's model found them when recording.
        violations.AddRange(manifest.Violations
            .Where(v => v.Rule.StartsWith("DLG", StringComparison.Ordinal)
                && !v.Path.StartsWith("/ReponseWS", StringComparison.Ordinal))
            .Select(v => new Violation(
                v.Rule, v.Severity == "error" ? Severity.Error : Severity.Warning, v.Path, v.Message, v.Line)));
        return new RecordedCall
        {
            Manifest = manifest,
            Operation = operation,
            Request = request.Binding is null ? null : request.Message,
            Response = answer?.Binding is null ? null : response,
            Lost = manifest.UpstreamError is not null,
            IsFault = isFault,
            RequestViolations = violations,
            AnswerErrors = [.. (answer?.Violations ?? []).Where(v => v.Severity == Severity.Error)
                .Select(v => v.RuleId).Distinct(StringComparer.Ordinal)],
            Codes = DialogueExchange.Read(operation, request.Message, response, manifest.StartedAt),
        };
    }

    /// <summary>The label of Annexe A the answer carries, the first of its MessageRetour that is one.</summary>
    public ReturnLabel? AnswerLabel =>
        Codes.CodeRetour is { } code && MhsReturnCodes.Find(code) is { } known
            ? Codes.MessageRetour.Select(known.Match).FirstOrDefault(label => label is not null)
            : null;

    /// <summary>The Content-Type the request was sent with.</summary>
    public string? ContentType => ContentTypeOf(Manifest);

    private static string? ContentTypeOf(ExchangeManifest manifest) => manifest.Request.Headers
        .FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
}
