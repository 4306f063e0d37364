using Omega.Conformance.Recording;

namespace Omega.Conformance.Storage;

/// <summary>
/// Copies recorded dialogues from one store to another, exchange by exchange in their order, then
/// their summary. Stores keep one copy of an exchange id, so copying twice changes nothing.
/// The dialogues are listed first and read a batch at a time, so that weeks of recordings are
/// copied in bounded memory.
/// </summary>
public static class RecordingCopy
{
    /// <summary>How many dialogues are read, with their bodies, at a time.</summary>
    public const int DefaultBatch = 100;

    /// <returns>How many dialogues and exchanges were read from <paramref name="from"/> and written.</returns>
    public static Task<(int Dialogues, int Exchanges)> CopyAsync(
        IRecordingStore from, IRecordingStore to, DialogueQuery query, CancellationToken cancel) =>
        CopyAsync(from, to, query, progress: null, DefaultBatch, cancel);

    /// <param name="progress">Told after each batch; null to be told nothing.</param>
    /// <param name="batch">How many dialogues to read at a time.</param>
    /// <returns>How many dialogues and exchanges were read from <paramref name="from"/> and written.</returns>
    public static async Task<(int Dialogues, int Exchanges)> CopyAsync(
        IRecordingStore from,
        IRecordingStore to,
        DialogueQuery query,
        IProgress<RecordingCopyProgress>? progress,
        int batch,
        CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        var listed = await from.ListAsync(query, cancel);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        var exchanges = 0;
        foreach (var names in listed.Select(l => l.Name).Distinct(StringComparer.Ordinal).Chunk(batch))
        {
            var dialogues = await from.ReadAsync(query with { Dialogues = names }, cancel);
            foreach (var dialogue in dialogues.Where(d => copied.Add(d.Dialogue.Id)))
            {
                exchanges += await CopyDialogueAsync(dialogue, to, cancel);
            }

            progress?.Report(new RecordingCopyProgress(copied.Count, listed.Count, exchanges));
        }

        return (copied.Count, exchanges);
    }

    private static async Task<int> CopyDialogueAsync(
        RecordedDialogue dialogue, IRecordingStore to, CancellationToken cancel)
    {
        var reference = dialogue.Dialogue;
        foreach (var exchange in dialogue.Exchanges)
        {
            await to.AppendAsync(
                new RecordingEntry(reference, exchange.Manifest, exchange.Request, exchange.Response), cancel);
        }

        if (dialogue.Summary is { } summary)
        {
            await to.WriteSummaryAsync(reference, summary, cancel);
        }

        return dialogue.Exchanges.Count;
    }
}
