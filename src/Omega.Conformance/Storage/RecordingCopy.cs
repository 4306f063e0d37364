using Omega.Conformance.Recording;

namespace Omega.Conformance.Storage;

/// <summary>
/// Copies recorded dialogues from one store to another, exchange by exchange in their order, then
/// their summary. Stores keep one copy of an exchange id, so copying twice changes nothing.
/// </summary>
public static class RecordingCopy
{
    /// <returns>How many dialogues and exchanges were read from <paramref name="from"/> and written.</returns>
    public static async Task<(int Dialogues, int Exchanges)> CopyAsync(
        IRecordingStore from, IRecordingStore to, DialogueQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var dialogues = await from.ReadAsync(query, cancel);
        var exchanges = 0;
        foreach (var dialogue in dialogues)
        {
            var reference = dialogue.Dialogue;
            foreach (var exchange in dialogue.Exchanges)
            {
                await to.AppendAsync(new RecordingEntry(reference, exchange.Manifest, exchange.Request,
                    exchange.Response), cancel);
                exchanges++;
            }

            if (dialogue.Summary is { } summary)
            {
                await to.WriteSummaryAsync(reference, summary, cancel);
            }
        }

        return (dialogues.Count, exchanges);
    }
}
