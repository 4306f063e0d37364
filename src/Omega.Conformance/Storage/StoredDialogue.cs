using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;

namespace Omega.Conformance.Storage;

/// <summary>
/// One dialogue as a store keeps it between two exchanges. Immutable: a change is committed against
/// the <see cref="Version"/> it was read at, and fails when another exchange committed first.
/// </summary>
public sealed record StoredDialogue
{
    public required string Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public string? NumeroCad { get; init; }

    public string? NumeroPce { get; init; }

    public string? NumeroDemande { get; init; }

    /// <summary>The name of the service whose dialogue model judges it, once an exchange named one.</summary>
    public string? Service { get; init; }

    /// <summary>The step of the last exchange committed.</summary>
    public OperationRole? LastRole { get; init; }

    /// <summary>Where the dialogue stands after its last exchange, by the service's dialogue model.</summary>
    public DialogueState? State { get; init; }

    /// <summary>Bumped by every commit: what optimistic concurrency compares.</summary>
    public long Version { get; init; }

    /// <summary>How many exchanges were committed: the rank of the latest.</summary>
    public int Sequence { get; init; }

    public DateTimeOffset LastSeen { get; init; }

    /// <summary>True when this instance judged it alone, the shared store being out of reach.</summary>
    public bool Local { get; init; }

    public bool Ended => State?.IsOver ?? false;

    /// <summary>
    /// A check whose creation has not come yet, or a creation left unanswered: a creation of the same
    /// PCE continues it, so that one sent again blindly is judged (DLG305).
    /// </summary>
    public bool WaitsForCreation =>
        (LastRole == OperationRole.Check || (LastRole == OperationRole.Creation && State is { AwaitsSupplier: false }))
        && NumeroDemande is null
        && !Ended;

    /// <summary>A dialogue begun by a request: its keys, no state yet.</summary>
    public static StoredDialogue Begin(DialogueKeys keys, DateTimeOffset now, string id)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new StoredDialogue
        {
            Id = id,
            StartedAt = now,
            NumeroCad = keys.NumeroCad,
            NumeroPce = keys.NumeroPce,
            NumeroDemande = string.IsNullOrEmpty(keys.NumeroDemande) ? null : keys.NumeroDemande,
            LastSeen = now,
        };
    }

    /// <summary>The dialogue after a change: its state, its step, the demand number the state learned.</summary>
    public StoredDialogue With(DialogueChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return this with
        {
            Service = change.Service ?? Service,
            LastRole = change.Role ?? LastRole,
            State = change.State ?? State,
            NumeroDemande = NumeroDemande ?? (string.IsNullOrEmpty(change.State?.NumeroDemande)
                ? null : change.State.NumeroDemande),
            Version = Version + 1,
            Sequence = Sequence + (change.IsExchange ? 1 : 0),
            LastSeen = change.At > LastSeen ? change.At : LastSeen,
        };
    }
}
