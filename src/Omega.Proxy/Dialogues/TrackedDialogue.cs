using Omega.Conformance.Dialogue;
using Omega.Conformance.Storage;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// One dialogue as this instance follows it: the store's view of it, and the gate that judges its
/// exchanges here one at a time, each against the state its predecessor left.
/// </summary>
internal sealed class TrackedDialogue(StoredDialogue stored)
{
    private StoredDialogue _stored = stored;

    public string Id => _stored.Id;

    /// <summary>The dialogue as this instance last read or committed it.</summary>
    public StoredDialogue Stored
    {
        get => Volatile.Read(ref _stored);
        set => Volatile.Write(ref _stored, value);
    }

    public DateTimeOffset StartedAt => Stored.StartedAt;

    public string? NumeroCad => Stored.NumeroCad;

    public string? NumeroPce => Stored.NumeroPce;

    public string? NumeroDemande => Stored.NumeroDemande;

    /// <summary>Where the dialogue stands after its last exchange, by the service's dialogue model.</summary>
    public DialogueState? State => Stored.State;

    public bool Ended => Stored.Ended;

    public DateTimeOffset LastUsed { get; set; }

    /// <summary>True once the tracker counts it among the ended dialogues it keeps.</summary>
    public bool RememberedAsEnded { get; set; }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Takes a newer view of the dialogue from the store; an older one is ignored.</summary>
    public void Offer(StoredDialogue seen)
    {
        if (seen.Version >= Stored.Version || seen.Local != Stored.Local)
        {
            Stored = seen;
        }
    }
}
