using Omega.Conformance.Services;

namespace Omega.Conformance.Storage;

/// <summary>
/// Dialogue state in the memory of one instance: the store of a proxy that shares its dialogues with
/// no other, and the local state a shared one falls back on while its database is out of reach.
/// Ended dialogues are kept until they are forgotten as idle, and never more than
/// <see cref="EndedCapacity"/> of them, so that memory stays bounded whatever the rate of dialogues.
/// </summary>
public sealed class MemoryDialogueStore : IDialogueStore
{
    /// <summary>How many ended dialogues are kept at most; the one that ended first goes first.</summary>
    public const int EndedCapacity = 10_000;

    private readonly Dictionary<string, StoredDialogue> _dialogues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Queue<string> _ended = new();
    private readonly HashSet<string> _endedIds = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many dialogues are kept, open or ended.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _dialogues.Count;
            }
        }
    }

    public ValueTask<StoredDialogue> AttachAsync(DialogueKeys keys, DateTimeOffset now, Func<string> newId,
        CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(newId);
        lock (_lock)
        {
            return ValueTask.FromResult(Attach(keys, now, newId));
        }
    }

    public ValueTask<StoredDialogue?> CommitAsync(StoredDialogue basis, DialogueChange change, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            if (!_dialogues.TryGetValue(basis.Id, out var current) || current.Version != basis.Version)
            {
                return ValueTask.FromResult<StoredDialogue?>(null);
            }

            var after = current.With(change);
            Keep(after);
            return ValueTask.FromResult<StoredDialogue?>(after);
        }
    }

    public ValueTask<StoredDialogue?> FindAsync(string id, CancellationToken cancel)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_dialogues.GetValueOrDefault(id));
        }
    }

    public ValueTask<IReadOnlyList<StoredDialogue>> IdleAsync(DateTimeOffset idleSince, CancellationToken cancel)
    {
        lock (_lock)
        {
            IReadOnlyList<StoredDialogue> idle = [.. _dialogues.Values.Where(d => !d.Ended && d.State is not null
                && d.LastSeen < idleSince)];
            return ValueTask.FromResult(idle);
        }
    }

    public ValueTask ForgetAsync(DateTimeOffset idleSince, CancellationToken cancel)
    {
        lock (_lock)
        {
            foreach (var dialogue in _dialogues.Values.Where(d => d.LastSeen < idleSince).ToList())
            {
                _dialogues.Remove(dialogue.Id);
                _endedIds.Remove(dialogue.Id);
            }

            foreach (var (key, id) in _keys.Where(k => !_dialogues.ContainsKey(k.Value)).ToList())
            {
                _keys.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The dialogue a request's keys lead to, without beginning one nor taking a check; null when none.
    /// </summary>
    public StoredDialogue? Known(DialogueKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            var key = keys.DemandeKey ?? (keys.Role == OperationRole.Creation ? keys.PceKey : null);
            return key is not null && _keys.TryGetValue(key, out var id) ? _dialogues.GetValueOrDefault(id) : null;
        }
    }

    /// <summary>Takes in a dialogue as another store has it, unless this one holds a newer version.</summary>
    public void Put(StoredDialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        lock (_lock)
        {
            if (!_dialogues.TryGetValue(dialogue.Id, out var held) || held.Version <= dialogue.Version)
            {
                Keep(dialogue);
            }
        }
    }

    private StoredDialogue Attach(DialogueKeys keys, DateTimeOffset now, Func<string> newId)
    {
        if (keys.DemandeKey is { } demande)
        {
            if (_keys.TryGetValue(demande, out var id) && _dialogues.TryGetValue(id, out var known))
            {
                return known;
            }

            return Begin(keys, now, newId);
        }

        if (keys.PceKey is not { } pce)
        {
            return Begin(keys, now, newId);
        }

        if (keys.Role == OperationRole.Creation && _keys.TryGetValue(pce, out var checkId)
            && _dialogues.TryGetValue(checkId, out var check) && check.WaitsForCreation)
        {
            _keys.Remove(pce);
            return check;
        }

        var begun = Begin(keys, now, newId);
        _keys[pce] = begun.Id;
        return begun;
    }

    private StoredDialogue Begin(DialogueKeys keys, DateTimeOffset now, Func<string> newId)
    {
        var dialogue = StoredDialogue.Begin(keys, now, newId());
        Keep(dialogue);
        return dialogue;
    }

    /// <summary>
    /// Stores a dialogue and indexes it: by its NumeroDemande once known; no longer by its PCE then, nor once over.
    /// </summary>
    private void Keep(StoredDialogue dialogue)
    {
        _dialogues[dialogue.Id] = dialogue;
        if (dialogue.Ended && _endedIds.Add(dialogue.Id))
        {
            _ended.Enqueue(dialogue.Id);
            while (_ended.Count > EndedCapacity)
            {
                Remove(_ended.Dequeue());
            }
        }

        var keys = Keys(dialogue);
        if (keys.DemandeKey is { } demande)
        {
            _keys.TryAdd(demande, dialogue.Id);
        }

        if (keys.PceKey is not { } pce)
        {
            return;
        }

        if (dialogue.WaitsForCreation)
        {
            _keys[pce] = dialogue.Id;
        }
        else if ((dialogue.NumeroDemande is not null || dialogue.Ended)
                 && _keys.TryGetValue(pce, out var id) && id == dialogue.Id)
        {
            _keys.Remove(pce);
        }
    }

    /// <summary>Forgets a dialogue and the keys that lead to it.</summary>
    private void Remove(string id)
    {
        _endedIds.Remove(id);
        if (!_dialogues.Remove(id, out var dialogue))
        {
            return;
        }

        var keys = Keys(dialogue);
        foreach (var key in new[] { keys.DemandeKey, keys.PceKey })
        {
            if (key is not null && _keys.TryGetValue(key, out var held) && held == id)
            {
                _keys.Remove(key);
            }
        }
    }

    private static DialogueKeys Keys(StoredDialogue dialogue) =>
        new(dialogue.NumeroCad, dialogue.NumeroPce, dialogue.NumeroDemande, dialogue.LastRole);
}
