using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Omega.Conformance.Services;
using Omega.Conformance.Soap;
using Omega.Conformance.Storage;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Tells which dialogue an exchange belongs to, and commits what the exchange did to it. The state
/// lives in a store (this instance's memory, or a database shared by several instances); here each
/// dialogue has a gate so that this instance judges its exchanges one at a time.
/// </summary>
/// <remarks>
/// Between instances, concurrency is optimistic rather than locked: an exchange is judged on the
/// version of the state it read and committed against that version; when another instance
/// committed first, the exchange is played again on the newer state and committed again. The model
/// is a pure function of state and exchange, so the replay costs microseconds, no lock or database
/// transaction is held while OMEGA answers, and an instance that dies mid-call leaves nothing
/// locked. Racing calls are judged in the order their answers came back, never against a state
/// that lost an update. The gates of ended dialogues are kept for two hours, and never more than
/// <see cref="EndedCapacity"/> of them, so that memory stays bounded whatever the rate; what the
/// tracker forgets, the recorder forgets too.
/// </remarks>
internal sealed class DialogueTracker(
    IDialogueStore store, IExchangeRecorder recorder, TimeProvider time, ILogger<DialogueTracker> logger)
{
    /// <summary>How many ended dialogues keep their gate at most; the one that ended first goes first.</summary>
    public const int EndedCapacity = MemoryDialogueStore.EndedCapacity;

    private const int MaxAttempts = 50;
    private static readonly TimeSpan Retention = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, TrackedDialogue> _dialogues = new(StringComparer.Ordinal);
    private readonly Queue<TrackedDialogue> _ended = new();
    private readonly Lock _endedLock = new();
    private long _attachments;

    /// <summary>How many dialogues this instance follows, open or ended.</summary>
    public int Count => _dialogues.Count;

    public IDialogueStore Store => store;

    /// <summary>
    /// The dialogue of a request, found or begun: by its NumeroDemande; a creation continues the
    /// check of its PCE that waits for one; anything else begins a dialogue.
    /// </summary>
    public async ValueTask<TrackedDialogue> AttachAsync(MessageElement? request, OperationDefinition? operation,
        CancellationToken cancel)
    {
        var keys = new DialogueKeys(
            request?.Child("NumeroCAD")?.Value.Trim(),
            (request?.Child("NumeroPCE") ?? request?.Find("Demande/NumeroPCE"))?.Value.Trim(),
            request?.Child("NumeroDemande")?.Value.Trim(),
            operation?.Role);
        var now = time.GetUtcNow();
        var stored = await store.AttachAsync(keys, now, () => TimeOrderedIds.Next(time), cancel);
        var dialogue = _dialogues.GetOrAdd(stored.Id, _ => new TrackedDialogue(stored));
        dialogue.Offer(stored);
        dialogue.LastUsed = now;
        ForgetIdleNowAndThen(now);
        return dialogue;
    }

    /// <summary>
    /// Plays the exchange through the dialogue model and commits the change, once per exchange;
    /// gives the exchange its rank in the dialogue. See <see cref="DialogueStepper.Step"/> for
    /// <paramref name="answered"/>.
    /// </summary>
    public async ValueTask SettleAsync(Exchange exchange, bool? answered)
    {
        if (exchange.DialogueSettled || exchange.Dialogue is not { } dialogue)
        {
            return;
        }

        exchange.DialogueSettled = true;

        // Not the supplier's cancellation: once OMEGA answered, the dialogue moved, whoever hung up.
        var basis = dialogue.Stored;
        for (var attempt = 1; ; attempt++)
        {
            var change = DialogueStepper.Step(exchange, basis, answered, time.GetUtcNow());
            if (await store.CommitAsync(basis, change, CancellationToken.None) is { } committed)
            {
                dialogue.Stored = committed;
                exchange.Sequence = committed.Sequence;
                RememberIfEnded(dialogue);
                return;
            }

            var current = await store.FindAsync(dialogue.Id, CancellationToken.None);
            if (current is null || attempt == MaxAttempts)
            {
                Log.DialogueNotCommitted(logger, exchange.Id, dialogue.Id, attempt);
                exchange.Sequence = basis.Sequence + 1;
                return;
            }

            basis = current;
        }
    }

    /// <summary>Takes the state the dialogue watch committed when the dialogue's window passed.</summary>
    public void Expired(TrackedDialogue dialogue, StoredDialogue committed)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        dialogue.Offer(committed);
        RememberIfEnded(dialogue);
    }

    /// <summary>
    /// Holds a dialogue's gate when no exchange of this instance holds it; the dialogue is null when this instance does
    /// not follow it.
    /// </summary>
    public async ValueTask<(bool Held, TrackedDialogue? Dialogue)> TryHoldAsync(string id, CancellationToken cancel)
    {
        if (!_dialogues.TryGetValue(id, out var dialogue))
        {
            return (true, null);
        }

        return (await dialogue.Gate.WaitAsync(0, cancel), dialogue);
    }

    /// <summary>
    /// Forgets the gates of dialogues this instance has not seen for a while, every thousand attachments.
    /// </summary>
    private void ForgetIdleNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _attachments) % 1000 != 0)
        {
            return;
        }

        foreach (var (_, dialogue) in _dialogues)
        {
            if (now - dialogue.LastUsed > Retention && dialogue.Gate.CurrentCount == 1)
            {
                Forget(dialogue);
            }
        }
    }

    private void RememberIfEnded(TrackedDialogue dialogue)
    {
        if (!dialogue.Ended)
        {
            return;
        }

        lock (_endedLock)
        {
            if (dialogue.RememberedAsEnded)
            {
                return;
            }

            dialogue.RememberedAsEnded = true;
            _ended.Enqueue(dialogue);
            while (_ended.Count > EndedCapacity)
            {
                Forget(_ended.Dequeue());
            }
        }
    }

    private void Forget(TrackedDialogue dialogue)
    {
        if (_dialogues.TryRemove(new KeyValuePair<string, TrackedDialogue>(dialogue.Id, dialogue)))
        {
            recorder.Forget(dialogue.Id);
        }
    }
}
