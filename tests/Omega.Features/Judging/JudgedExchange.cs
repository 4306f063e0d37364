using Omega.Conformance.Dialogue;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Features.Supplier;

namespace Omega.Features.Judging;

/// <summary>One exchange of a scenario and omega's verdict on it: both messages and the dialogue.</summary>
public sealed record JudgedExchange
{
    public required SupplierRequest Request { get; init; }

    public required WireAnswer Answer { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The request's message, or null when the envelope holds none the contract knows.</summary>
    public MessageElement? RequestMessage { get; init; }

    /// <summary>What omega finds in the request, as the proxy would with what the profile knows of the PCE.</summary>
    public IReadOnlyList<Violation> RequestViolations { get; init; } = [];

    /// <summary>What omega finds in OMEGA's answer, judged with the request it answers.</summary>
    public IReadOnlyList<Violation> AnswerViolations { get; init; } = [];

    /// <summary>The rule ids a proxy finds in this exchange: it knows nothing of the PCE.</summary>
    public IReadOnlyList<string> ProxyRules { get; init; } = [];

    /// <summary>OMEGA's answer message, or null when none came (lost, not XML, a SOAP Fault).</summary>
    public MessageElement? Response { get; init; }

    /// <summary>True when the answer is a SOAP Fault.</summary>
    public bool IsFault { get; init; }

    public IReadOnlyList<TakenTransition> Transitions { get; init; } = [];

    public DialogueExchange? Dialogue { get; init; }

    /// <summary>The step of the dialogue this exchange made, from the state before it.</summary>
    public DialogueState? StateBefore { get; init; }

    public string? TypeRetourDialogue => Dialogue?.TypeRetourDialogue;

    public string? CodeRetour => Dialogue?.CodeRetour;

    public IReadOnlyList<string> MessageRetour => Dialogue?.MessageRetour ?? [];

    public bool Answered => Response is not null;

    public string Operation => Request.Operation;
}
