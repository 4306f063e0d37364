using Microsoft.Extensions.Logging;
using Omega.Conformance.Recording;
using Omega.Conformance.Storage;
using Omega.Conformance.Storage.Postgres;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Storage;

/// <summary>
/// Where a proxy keeps its recordings and its dialogue state, as its settings say: files and this
/// instance's memory, or a PostgreSQL database shared with other instances, a local spool for what
/// the database cannot take at the moment, and this instance's memory to judge on while it cannot.
/// </summary>
internal sealed class ProxyStorage : IAsyncDisposable
{
    private ProxyStorage(IRecordingStore? recordings, IDialogueStore dialogues)
    {
        Recordings = recordings;
        Dialogues = dialogues;
    }

    /// <summary>Where exchanges are recorded; null when nothing is.</summary>
    public IRecordingStore? Recordings { get; }

    public IDialogueStore Dialogues { get; }

    public PostgresDatabase? Database { get; private init; }

    public DatabaseState? DatabaseState { get; private init; }

    public RecordingSpool? Spool { get; private init; }

    public SharedDialogueStore? SharedDialogues { get; private init; }

    /// <summary>The database's recordings, unspooled: what the drain writes to.</summary>
    public IRecordingStore? DatabaseRecordings { get; private init; }

    /// <summary>"up" or "down"; null without a database.</summary>
    public string? DatabaseStatus => DatabaseState is null ? null : DatabaseState.IsUp ? "up" : "down";

    public int Spooled => Spool?.Count ?? 0;

    /// <summary>
    /// "memory" (this instance alone), "shared" (the database), or "local" (the database out of reach).
    /// </summary>
    public string DialogueState => SharedDialogues is null ? "memory" : SharedDialogues.IsLocal ? "local" : "shared";

    public static ProxyStorage Create(ProxyOptions options, ILoggerFactory loggers)
    {
        var location = options.Store is { } store ? StoreLocation.TryParse(store, out _) : null;
        if (location?.Database is not { } url)
        {
            var folder = options.Recordings;
            return new ProxyStorage(folder is null ? null : new FileRecordingStore(folder), new MemoryDialogueStore());
        }

        var database = new PostgresDatabase(url, options.StoreTimeout);
        var state = new DatabaseState(url.Description, loggers.CreateLogger<DatabaseState>());
        var spool = new RecordingSpool(options.Spool);
        var recordings = new PostgresRecordingStore(database);
        var dialogues = new SharedDialogueStore(new PostgresDialogueStore(database), state);
        var spooling = options.Recordings is null ? null : new SpoolingRecordingStore(recordings, spool, state);
        return new ProxyStorage(spooling, dialogues)
        {
            Database = database,
            DatabaseState = state,
            Spool = spool,
            SharedDialogues = dialogues,
            DatabaseRecordings = recordings,
        };
    }

    /// <summary>
    /// Reaches the database once at start: its schema is migrated; one that is down leaves the proxy degraded.
    /// </summary>
    /// <exception cref="StoreException">The database's schema is newer than this tool.</exception>
    public async Task OpenAsync(CancellationToken cancel)
    {
        if (Database is null)
        {
            return;
        }

        try
        {
            await Database.PingAsync(cancel);
        }
        catch (Exception e) when (Omega.Proxy.Storage.DatabaseState.IsOutage(e) || e is System.Data.Common.DbException)
        {
            DatabaseState!.Failed(e);
        }
    }

    public ValueTask DisposeAsync() => Database?.DisposeAsync() ?? ValueTask.CompletedTask;
}
