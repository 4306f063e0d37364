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

    /// <summary>True once OMEGA answered "A" or "T": later calls are out of sequence.</summary>
    public bool Ended { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    /// <summary>Serializes the exchanges of one dialogue, so each is judged against the state its predecessor left.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int NextSequence() => Interlocked.Increment(ref _sequence);
}
