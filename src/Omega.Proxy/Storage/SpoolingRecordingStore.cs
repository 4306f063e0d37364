using Omega.Conformance.Recording;

namespace Omega.Proxy.Storage;

/// <summary>
/// The recordings of a proxy on a database: written to it while it answers, kept in the local spool
/// when it does not (down, or slower than the store's time-out) and while the spool still holds
/// older entries, so that the database receives every exchange, in order, once.
/// </summary>
internal sealed class SpoolingRecordingStore(IRecordingStore database, RecordingSpool spool, DatabaseState state)
    : IRecordingStore
{
    public string Description => database.Description;

    public ValueTask AppendAsync(RecordingEntry entry, CancellationToken cancel) =>
        WriteAsync(SpoolEntry.Of(entry), () => database.AppendAsync(entry, CancellationToken.None));

    public ValueTask WriteSummaryAsync(DialogueRef dialogue, DialogueSummary summary, CancellationToken cancel) =>
        WriteAsync(new SpoolEntry { Dialogue = dialogue, Summary = summary },
            () => database.WriteSummaryAsync(dialogue, summary, CancellationToken.None));

    public Task<IReadOnlyList<RecordedDialogue>> ReadAsync(DialogueQuery query, CancellationToken cancel) =>
        database.ReadAsync(query, cancel);

    public Task<IReadOnlyList<DialogueListing>> ListAsync(DialogueQuery query, CancellationToken cancel) =>
        database.ListAsync(query, cancel);

    public void Forget(string dialogueId) => database.Forget(dialogueId);

    /// <remarks>
    /// The database write does not take the supplier's cancellation: an exchange OMEGA answered is
    /// recorded even when the supplier hung up. The store's time-out bounds it.
    /// </remarks>
    private async ValueTask WriteAsync(SpoolEntry entry, Func<ValueTask> write)
    {
        if (state.IsUp && spool.Count == 0)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception e) when (DatabaseState.IsOutage(e) || e is System.Data.Common.DbException)
            {
                state.Failed(e);
            }
        }

        await spool.AddAsync(entry, CancellationToken.None);
        state.Signal();
    }
}
