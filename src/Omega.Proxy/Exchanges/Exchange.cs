using Omega.Conformance.Validation;
using Yarp.ReverseProxy.Forwarder;

namespace Omega.Proxy.Exchanges;

/// <summary>One request and its answer as they pass the proxy, with everything judged of them.</summary>
internal sealed class Exchange
{
    public Exchange(string id, DateTimeOffset startedAt)
    {
        Id = id;
        StartedAt = startedAt;
    }

    public string Id { get; }

    public DateTimeOffset StartedAt { get; }

    public string Method { get; init; } = "POST";

    public string Path { get; init; } = "/";

    public string? RequestContentType { get; init; }

    /// <summary>The HTTP version and scheme the supplier used, kept for the recording.</summary>
    public string? Protocol { get; init; }

    public string? Scheme { get; init; }

    public string? SoapAction { get; init; }

    /// <summary>The request's headers worth recording; credentials are already left out.</summary>
    public IReadOnlyDictionary<string, string> RequestHeaders { get; init; } = new Dictionary<string, string>();

    /// <summary>The response's headers worth recording, as the upstream or the proxy sent them.</summary>
    public IReadOnlyDictionary<string, string> ResponseHeaders { get; set; } = new Dictionary<string, string>();

    /// <summary>The dialogue the exchange belongs to.</summary>
    public Omega.Proxy.Dialogues.TrackedDialogue? Dialogue { get; set; }

    public int Sequence { get; set; }

    /// <summary>The events of the dialogue's tableau the exchange took.</summary>
    public IReadOnlyList<Omega.Conformance.Dialogue.TakenTransition> Transitions { get; set; } = [];

    public BoundedBody? Request { get; set; }

    public ValidationResult? RequestVerdict { get; set; }

    public BoundedBody? Response { get; set; }

    public ValidationResult? ResponseVerdict { get; set; }

    public int StatusCode { get; set; }

    public string? ResponseContentType { get; set; }

    /// <summary>Violations of the exchange as a whole: the transport checks.</summary>
    public List<Violation> ExchangeViolations { get; } = [];

    /// <summary>The dialogue rules the exchange broke, as the dialogue model judged it.</summary>
    public IReadOnlyList<Violation> DialogueViolations { get; set; } = [];

    /// <summary>True once the exchange's change to its dialogue is committed (or given up).</summary>
    public bool DialogueSettled { get; set; }

    /// <summary>Why the request did not reach the upstream or its answer did not come back.</summary>
    public ForwarderError UpstreamError { get; set; }

    /// <summary>The proxy answered itself: a refused request, an upstream fault, an oversized body.</summary>
    public string? ProxyAnswer { get; set; }

    /// <summary>In simulate mode, the recorded exchange the answer was taken from.</summary>
    public string? AnsweredFromRecording { get; set; }

    /// <summary>The SOAP Fault the proxy sent when it answered itself.</summary>
    public byte[]? ProxyAnswerBody { get; set; }

    public TimeSpan UpstreamDuration { get; set; }

    public TimeSpan Duration { get; set; }

    public string? Operation => RequestVerdict?.Binding?.Operation.Name;

    public string? NumeroDemande =>
        ResponseVerdict?.Message?.FindDescendant("NumeroDemande")?.Value
        ?? RequestVerdict?.Message?.Child("NumeroDemande")?.Value;

    public IEnumerable<Violation> Violations =>
        (RequestVerdict?.Violations ?? []).Concat(ResponseVerdict?.Violations ?? []).Concat(ExchangeViolations)
            .Concat(DialogueViolations);

    public bool IsConformant =>
        RequestVerdict?.IsConformant != false
        && ResponseVerdict?.IsConformant != false
        && !ExchangeViolations.Exists(v => v.Severity == Severity.Error)
        && !DialogueViolations.Any(v => v.Severity == Severity.Error);
}
