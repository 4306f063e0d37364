namespace Omega.Conformance.Storage;

/// <summary>
/// Where the proxy keeps the state of each dialogue between two exchanges: in memory for one
/// instance, in PostgreSQL for several sharing the dialogues. Changes are optimistic: a commit names
/// the version it was based on and fails when another exchange committed first; the caller then
/// reads the dialogue again and replays its exchange on the state it finds. No lock is held while
/// OMEGA answers.
/// </summary>
public interface IDialogueStore
{
    /// <summary>
    /// The dialogue of a request, found or begun (with the id <paramref name="newId"/> gives). A
    /// request with a NumeroDemande follows it; a creation continues the check of its PCE that waits
    /// for it, and takes it so that no other creation does; any other request begins a dialogue.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The store cannot be reached.</exception>
    ValueTask<StoredDialogue> AttachAsync(DialogueKeys keys, DateTimeOffset now, Func<string> newId,
        CancellationToken cancel);

    /// <summary>
    /// Applies a change made on <paramref name="basis"/>: the dialogue after it, or null when another
    /// change was committed since <paramref name="basis"/> was read.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The store cannot be reached.</exception>
    ValueTask<StoredDialogue?> CommitAsync(StoredDialogue basis, DialogueChange change, CancellationToken cancel);

    /// <summary>The dialogue as it stands now, or null when the store forgot it.</summary>
    ValueTask<StoredDialogue?> FindAsync(string id, CancellationToken cancel);

    /// <summary>The dialogues not over that nothing moved since <paramref name="idleSince"/>.</summary>
    ValueTask<IReadOnlyList<StoredDialogue>> IdleAsync(DateTimeOffset idleSince, CancellationToken cancel);

    /// <summary>Forgets the dialogues nothing moved since <paramref name="idleSince"/>.</summary>
    ValueTask ForgetAsync(DateTimeOffset idleSince, CancellationToken cancel);
}
