namespace Omega.Conformance.Recording;

/// <summary>
/// Where recordings are kept. Each exchange is appended as it completes; an exchange is either
/// wholly there or not at all.
/// </summary>
public interface IRecordingStore
{
    /// <exception cref="IOException">The store could not keep the exchange.</exception>
    /// <exception cref="UnauthorizedAccessException">The store refused the write.</exception>
    ValueTask AppendAsync(RecordingEntry entry, CancellationToken cancel);

    /// <summary>Records what ended a dialogue outside its exchanges, beside them.</summary>
    /// <exception cref="IOException">The store could not keep it.</exception>
    ValueTask WriteSummaryAsync(DialogueRef dialogue, DialogueSummary summary, CancellationToken cancel);

    /// <summary>
    /// Drops what the store keeps in memory for a dialogue nobody follows any more; an exchange of it
    /// recorded later starts a folder of its own.
    /// </summary>
    void Forget(string dialogueId);
}
