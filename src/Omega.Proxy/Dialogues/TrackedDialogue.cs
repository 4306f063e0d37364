using Omega.Conformance.Dialogue;

namespace Omega.Proxy.Dialogues;

/// <summary>One dialogue as the proxy follows it: the exchanges of one demand, judged one at a time.</summary>
internal sealed class TrackedDialogue(string id, DateTimeOffset startedAt, string? numeroCad, string? numeroPce)
{
    private int _sequence;

    public string Id { get; } = id;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public string? NumeroCad { get; } = numeroCad;

    public string? NumeroPce { get; } = numeroPce;

    public string? NumeroDemande { get; set; }

    /// <summary>True once the dialogue is over (an "A" or "T" answer, or its window passed).</summary>
    public bool Ended => State?.IsOver ?? false;

    /// <summary>The dialogue model of the service, once an exchange named the service.</summary>
    public IDialogueModel? Model { get; set; }

    /// <summary>Where the dialogue stands after its last exchange, by the service's dialogue model.</summary>
    public DialogueState? State { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>The operation of the dialogue's latest request.</summary>
    public Omega.Conformance.Services.OperationDefinition? LastOperation { get; set; }

    /// <summary>True once the tracker counts it among the ended dialogues it remembers.</summary>
    public bool RememberedAsEnded { get; set; }

    /// <summary>Serializes the exchanges of one dialogue, so each is judged against the state its predecessor left.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int NextSequence() => Interlocked.Increment(ref _sequence);
}
