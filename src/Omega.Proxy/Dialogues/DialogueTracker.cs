using System.Collections.Concurrent;
using Omega.Conformance.Services;
using Omega.Conformance.Soap;
using Omega.Proxy.Exchanges;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Tells which dialogue an exchange belongs to: by NumeroCAD and NumeroPCE until OMEGA gives a
/// NumeroDemande, by NumeroDemande after. Ended dialogues stay known for a while, so that a call
/// after the end is attached to its dialogue and judged out of sequence: for two hours, and never
/// more than <see cref="EndedCapacity"/> of them, so that memory stays bounded whatever the rate.
/// What it forgets, the recorder forgets too.
/// </summary>
internal sealed class DialogueTracker(TimeProvider time, IExchangeRecorder recorder)
{
    /// <summary>How many ended dialogues are remembered at most; the oldest ended is forgotten first.</summary>
    public const int EndedCapacity = 10_000;

    private static readonly TimeSpan Retention = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, TrackedDialogue> _byDemande = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TrackedDialogue> _byPce = new(StringComparer.Ordinal);
    private readonly Queue<TrackedDialogue> _ended = new();
    private readonly Lock _lock = new();
    private long _attachments;

    /// <summary>How many dialogues are remembered, open or ended.</summary>
    public int Count => _byPce.Values.Concat(_byDemande.Values).Distinct().Count();

    /// <summary>Every dialogue still followed.</summary>
    public IEnumerable<TrackedDialogue> Open => _byPce.Values.Concat(_byDemande.Values).Distinct().Where(d => !d.Ended);

    /// <summary>
    /// The dialogue of a request, found or begun. A check always begins a dialogue; a creation
    /// continues the check of its PCE when that check is done and nothing else took it, and begins
    /// its own dialogue otherwise (OMEGA allows a creation without a check); the appointment and
    /// stop calls follow their NumeroDemande.
    /// </summary>
    public TrackedDialogue Attach(MessageElement? request, OperationDefinition? operation)
    {
        var now = time.GetUtcNow();
        var demande = request?.Child("NumeroDemande")?.Value.Trim();
        var cad = request?.Child("NumeroCAD")?.Value.Trim();
        var pce = (request?.Child("NumeroPCE") ?? request?.Find("Demande/NumeroPCE"))?.Value.Trim();
        lock (_lock)
        {
            SweepNowAndThen(now);
            TrackedDialogue dialogue;
            if (!string.IsNullOrEmpty(demande))
            {
                dialogue = _byDemande.GetOrAdd(demande, _ => Begin(now, cad, pce, demande));
            }
            else if (string.IsNullOrEmpty(pce))
            {
                dialogue = Begin(now, cad, pce, null);
            }
            else if (_byPce.TryGetValue(PceKey(cad, pce), out var checkedDialogue) && IsWaitingForCreation(checkedDialogue, operation))
            {
                dialogue = checkedDialogue;
            }
            else
            {
                dialogue = Begin(now, cad, pce, null);
                _byPce[PceKey(cad, pce)] = dialogue;
            }

            dialogue.LastOperation = operation;
            dialogue.LastSeen = now;
            return dialogue;
        }
    }

    private static bool IsWaitingForCreation(TrackedDialogue dialogue, OperationDefinition? operation) =>
        operation?.Role == OperationRole.Creation
        && dialogue.LastOperation?.Role == OperationRole.Check
        && dialogue.NumeroDemande is null
        && !dialogue.Ended
        && dialogue.Gate.CurrentCount == 1;

    /// <summary>
    /// Learns what the exchange taught: the NumeroDemande OMEGA gave, whether the dialogue is over.
    /// A dialogue keyed by its PCE stops being so once it has a number or has ended, so the next
    /// check of that PCE begins a new one.
    /// </summary>
    public void Answered(TrackedDialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        var demande = dialogue.State?.NumeroDemande;
        lock (_lock)
        {
            if (!string.IsNullOrEmpty(demande) && dialogue.NumeroDemande is null)
            {
                dialogue.NumeroDemande = demande;
                _byDemande.TryAdd(demande, dialogue);
            }

            if (dialogue.NumeroDemande is not null || dialogue.Ended)
            {
                RemoveFromPceIndex(dialogue);
            }

            if (dialogue.Ended)
            {
                RememberEnded(dialogue);
            }
        }
    }

    /// <summary>Learns that the dialogue watch ended the dialogue when its window passed.</summary>
    public void Expired(TrackedDialogue dialogue) => Answered(dialogue);

    private void RememberEnded(TrackedDialogue dialogue)
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

    private void Forget(TrackedDialogue dialogue)
    {
        if (dialogue.NumeroDemande is { } demande)
        {
            _byDemande.TryRemove(new KeyValuePair<string, TrackedDialogue>(demande, dialogue));
        }

        RemoveFromPceIndex(dialogue);
        recorder.Forget(dialogue);
    }

    private void RemoveFromPceIndex(TrackedDialogue dialogue) => _byPce.TryRemove(
        new KeyValuePair<string, TrackedDialogue>(PceKey(dialogue.NumeroCad, dialogue.NumeroPce), dialogue));

    private static string PceKey(string? cad, string? pce) => cad + "|" + pce;

    private TrackedDialogue Begin(DateTimeOffset now, string? cad, string? pce, string? demande)
    {
        return new TrackedDialogue(TimeOrderedIds.Next(time), now, cad, pce) { NumeroDemande = string.IsNullOrEmpty(demande) ? null : demande };
    }

    /// <summary>Forgets dialogues idle for longer than the retention, every thousand attachments.</summary>
    private void SweepNowAndThen(DateTimeOffset now)
    {
        if (++_attachments % 1000 != 0)
        {
            return;
        }

        foreach (var index in new[] { _byDemande, _byPce })
        {
            foreach (var (_, dialogue) in index)
            {
                if (now - dialogue.LastSeen > Retention)
                {
                    Forget(dialogue);
                }
            }
        }
    }
}
