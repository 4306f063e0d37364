using System.Collections.Concurrent;
using Omega.Conformance.Soap;
using Omega.Proxy.Exchanges;

namespace Omega.Proxy.Dialogues;

/// <summary>
/// Tells which dialogue an exchange belongs to: by NumeroCAD and NumeroPCE until OMEGA gives a
/// NumeroDemande, by NumeroDemande after. Ended dialogues stay known for a while, so that a call
/// after the end is attached to its dialogue and judged out of sequence.
/// </summary>
internal sealed class DialogueTracker(TimeProvider time)
{
    private static readonly TimeSpan Retention = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<string, TrackedDialogue> _byDemande = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TrackedDialogue> _byPce = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _attachments;

    /// <summary>Every dialogue still followed.</summary>
    public IEnumerable<TrackedDialogue> Open => _byPce.Values.Concat(_byDemande.Values).Distinct().Where(d => !d.Ended);

    /// <summary>The dialogue of a request, found or begun.</summary>
    public TrackedDialogue Attach(MessageElement? request)
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
            else if (!string.IsNullOrEmpty(pce))
            {
                var key = cad + "|" + pce;
                if (!_byPce.TryGetValue(key, out dialogue!) || dialogue.Ended || dialogue.NumeroDemande is not null)
                {
                    dialogue = Begin(now, cad, pce, null);
                    _byPce[key] = dialogue;
                }
            }
            else
            {
                dialogue = Begin(now, cad, pce, null);
            }

            dialogue.LastSeen = now;
            return dialogue;
        }
    }

    /// <summary>Learns what OMEGA answered: the NumeroDemande it gave, whether the dialogue ended.</summary>
    public void Answered(TrackedDialogue dialogue, MessageElement? response)
    {
        var demande = response?.FindDescendant("NumeroDemande")?.Value.Trim();
        var type = response?.Child("TypeRetourDialogue")?.Value.Trim();
        lock (_lock)
        {
            if (!string.IsNullOrEmpty(demande) && dialogue.NumeroDemande is null)
            {
                dialogue.NumeroDemande = demande;
                _byDemande.TryAdd(demande, dialogue);
                _byPce.TryRemove(new KeyValuePair<string, TrackedDialogue>(dialogue.NumeroCad + "|" + dialogue.NumeroPce, dialogue));
            }

            if (type is "A" or "T")
            {
                dialogue.Ended = true;
                _byPce.TryRemove(new KeyValuePair<string, TrackedDialogue>(dialogue.NumeroCad + "|" + dialogue.NumeroPce, dialogue));
            }
        }
    }

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
            foreach (var (key, dialogue) in index)
            {
                if (now - dialogue.LastSeen > Retention)
                {
                    index.TryRemove(key, out _);
                }
            }
        }
    }
}
