namespace Omega.Conformance.Recording;

/// <summary>
/// Where recordings are kept, written and read: a folder of files or a database. Each exchange is
/// appended as it completes; an exchange is either wholly there or not at all, and appending one
/// that is already there (same exchange id) keeps one copy. Every reader (replay, simulate, sessions,
/// copies) goes through this interface, so each works on either store.
/// </summary>
public interface IRecordingStore
{
    /// <summary>Where the store is, for people: a folder, or a database URL without its password.</summary>
    string Description { get; }

    /// <exception cref="IOException">The store could not keep the exchange.</exception>
    /// <exception cref="UnauthorizedAccessException">The store refused the write.</exception>
    /// <exception cref="System.Data.Common.DbException">The database could not keep the exchange.</exception>
    ValueTask AppendAsync(RecordingEntry entry, CancellationToken cancel);

    /// <summary>Records what ended a dialogue outside its exchanges, beside them.</summary>
    /// <exception cref="IOException">The store could not keep it.</exception>
    ValueTask WriteSummaryAsync(DialogueRef dialogue, DialogueSummary summary, CancellationToken cancel);

    /// <summary>The dialogues the query selects, in the order they began, each with its exchanges and bodies.</summary>
    /// <exception cref="RecordingException">The store holds nothing readable there.</exception>
    Task<IReadOnlyList<RecordedDialogue>> ReadAsync(DialogueQuery query, CancellationToken cancel);

    /// <summary>The dialogues the query selects, in the order they began, described without their bodies.</summary>
    /// <exception cref="RecordingException">The store holds nothing readable there.</exception>
    Task<IReadOnlyList<DialogueListing>> ListAsync(DialogueQuery query, CancellationToken cancel);

    /// <summary>
    /// Drops what the store keeps in memory for a dialogue nobody follows any more; an exchange of it
    /// recorded later still goes beside the others.
    /// </summary>
    void Forget(string dialogueId);
}
