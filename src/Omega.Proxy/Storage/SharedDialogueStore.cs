using System.Collections.Concurrent;
using System.Data.Common;
using Omega.Conformance.Storage;
using Omega.Conformance.Storage.Postgres;

namespace Omega.Proxy.Storage;

/// <summary>
/// Dialogue state shared on the database, with this instance's own state to fall back on while the
/// database is out of reach. Then each instance judges alone: it goes on from what it last saw of
/// a dialogue and begins the ones it never saw, so a call of a dialogue that another instance led
/// may be judged out of sequence; such exchanges are marked "local" in their recording and
/// /_omega/health says so. When the database is back, the dialogues judged locally are written back
/// where no other instance moved them meanwhile; elsewhere the database's state stands.
/// </summary>
internal sealed class SharedDialogueStore(PostgresDialogueStore database, DatabaseState state) : IDialogueStore
{
    private readonly MemoryDialogueStore _local = new();

    /// <summary>Dialogues judged locally, with the version the database last had of each (-1: never had it).</summary>
    private readonly ConcurrentDictionary<string, long> _judgedLocally = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _databaseVersions = new(StringComparer.Ordinal);

    /// <summary>True while some dialogue is judged on this instance's state alone.</summary>
    public bool IsLocal => !state.IsUp || HasLocalJudgements;

    /// <summary>True while dialogues judged here wait to be written back to the database.</summary>
    public bool HasLocalJudgements => !_judgedLocally.IsEmpty;

    public async ValueTask<StoredDialogue> AttachAsync(DialogueKeys keys, DateTimeOffset now, Func<string> newId,
        CancellationToken cancel)
    {
        // A dialogue judged here while the database was away stays here until it is written back.
        if (_local.Known(keys) is not { } known || !_judgedLocally.ContainsKey(known.Id))
        {
            if (await TryAsync(() => database.AttachAsync(keys, now, newId, cancel)) is { } shared)
            {
                return Seen(shared);
            }
        }

        return (await _local.AttachAsync(keys, now, newId, cancel)) with { Local = true };
    }

    public async ValueTask<StoredDialogue?> CommitAsync(StoredDialogue basis, DialogueChange change,
        CancellationToken cancel)
    {
        if (!basis.Local && !_judgedLocally.ContainsKey(basis.Id)
            && await TryAsync(async () => (Committed: await database.CommitAsync(basis, change, cancel),
                Reached: true)) is var (shared, reached)
            && reached)
        {
            return shared is null ? null : Seen(shared);
        }

        _local.Put(basis with { Local = false });
        var committed = await _local.CommitAsync(basis with { Local = false }, change, cancel);
        if (committed is null)
        {
            return null;
        }

        _judgedLocally.TryAdd(basis.Id, _databaseVersions.GetValueOrDefault(basis.Id, -1));
        return committed with { Local = true };
    }

    public async ValueTask<StoredDialogue?> FindAsync(string id, CancellationToken cancel)
    {
        if (!_judgedLocally.ContainsKey(id)
            && await TryAsync(async () => (Found: await database.FindAsync(id, cancel),
                Reached: true)) is var (shared, reached)
            && reached)
        {
            return shared is null ? null : Seen(shared);
        }

        return await _local.FindAsync(id, cancel) is { } local ? local with { Local = true } : null;
    }

    public async ValueTask<IReadOnlyList<StoredDialogue>> IdleAsync(DateTimeOffset idleSince, CancellationToken cancel)
    {
        var shared = await TryAsync(() => database.IdleAsync(idleSince, cancel));
        var local = await _local.IdleAsync(idleSince, cancel);
        return [.. (shared ?? []).Where(d => !_judgedLocally.ContainsKey(d.Id)),
            .. local.Where(d => shared is null || _judgedLocally.ContainsKey(d.Id)).Select(d =>
                d with { Local = true })];
    }

    public async ValueTask ForgetAsync(DateTimeOffset idleSince, CancellationToken cancel)
    {
        await TryAsync(async () =>
        {
            await database.ForgetAsync(idleSince, cancel);
            return true;
        });
        await _local.ForgetAsync(idleSince, cancel);
    }

    /// <summary>
    /// Writes back what was judged locally; called once the database answers again. Returns how many were taken.
    /// </summary>
    /// <exception cref="DbException">The database failed again.</exception>
    public async Task<int> RestoreAsync(CancellationToken cancel)
    {
        var taken = 0;
        foreach (var (id, basisVersion) in _judgedLocally)
        {
            if (await _local.FindAsync(id, cancel) is { } local && await database.RestoreAsync(local, basisVersion,
                cancel))
            {
                taken++;
                _databaseVersions[id] = local.Version;
            }

            _judgedLocally.TryRemove(id, out _);
        }

        return taken;
    }

    /// <summary>Keeps what the database said of a dialogue, to go on from it should the database fail.</summary>
    private StoredDialogue Seen(StoredDialogue shared)
    {
        _local.Put(shared);
        _databaseVersions[shared.Id] = shared.Version;
        return shared;
    }

    /// <summary>The database's answer, or default when it is down or fails now (then it is marked down).</summary>
    private async ValueTask<T?> TryAsync<T>(Func<ValueTask<T>> call)
    {
        if (!state.IsUp)
        {
            return default;
        }

        try
        {
            return await call();
        }
        catch (Exception e) when (DatabaseState.IsOutage(e) || e is DbException)
        {
            state.Failed(e);
            return default;
        }
    }
}
