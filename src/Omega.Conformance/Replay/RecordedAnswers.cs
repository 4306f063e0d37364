using Omega.Conformance.Recording;
using Omega.Conformance.Soap;

namespace Omega.Conformance.Replay;

/// <summary>
/// Answers requests from recordings, as OMEGA answered them: a request matches a recorded one of
/// the same operation when they are the same XML but for the volatile fields. When several recorded
/// exchanges match the same request (a dialogue that asked twice), they are served in their order,
/// the last one again once they are used up. Thread-safe.
/// </summary>
/// <remarks>Known shortcoming: the answers keep their recorded dates, past ones included.</remarks>
public sealed class RecordedAnswers
{
    private readonly Dictionary<string, Queue<RecordedAnswer>> _answers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordedAnswer> _lastServed = new(StringComparer.Ordinal);
    private readonly VolatileFields _volatileFields;
    private readonly IReadOnlyList<string> _personalData;
    private readonly Lock _lock = new();

    /// <param name="dialogues">The recordings to answer from.</param>
    /// <param name="volatileFields">The fields a request may change and still match.</param>
    /// <param name="personalData">The personal fields, compared by shape since recordings pseudonymize them.</param>
    public RecordedAnswers(
        IEnumerable<RecordedDialogue> dialogues, VolatileFields volatileFields, IReadOnlyList<string> personalData)
    {
        ArgumentNullException.ThrowIfNull(dialogues);
        ArgumentNullException.ThrowIfNull(volatileFields);
        ArgumentNullException.ThrowIfNull(personalData);
        _volatileFields = volatileFields;
        _personalData = personalData;
        foreach (var dialogue in dialogues)
        {
            foreach (var exchange in dialogue.Exchanges)
            {
                Add(dialogue, exchange);
            }
        }
    }

    /// <summary>How many recorded exchanges can be served.</summary>
    public int Count { get; private set; }

    /// <summary>The recorded answer to a request of that operation, or null when no recorded request matches.</summary>
    public RecordedAnswer? Answer(string operation, ReadOnlyMemory<byte> request)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (CanonicalMessage.Of(request, _volatileFields, _personalData) is not { } canonical)
        {
            return null;
        }

        var key = operation + "\n" + canonical;
        lock (_lock)
        {
            if (_answers.TryGetValue(key, out var queue) && queue.TryDequeue(out var answer))
            {
                _lastServed[key] = answer;
                return answer;
            }

            return _lastServed.GetValueOrDefault(key);
        }
    }

    private void Add(RecordedDialogue dialogue, RecordedExchange exchange)
    {
        var manifest = exchange.Manifest;
        if (manifest.Response.AnsweredBy == "proxy" || exchange.Response.IsEmpty || manifest.Operation is null
            || CanonicalMessage.Of(exchange.Request, _volatileFields, _personalData) is not { } canonical)
        {
            return;
        }

        var contentType = manifest.Response.Headers
            .FirstOrDefault(h => string.Equals(h.Key, "Content-Type", StringComparison.OrdinalIgnoreCase)).Value
            ?? SoapFault.ContentType;
        var key = manifest.Operation + "\n" + canonical;
        if (!_answers.TryGetValue(key, out var queue))
        {
            _answers[key] = queue = new Queue<RecordedAnswer>();
        }

        queue.Enqueue(new RecordedAnswer(
            manifest.Response.Status,
            contentType,
            exchange.Response,
            $"{dialogue.Name}/{manifest.Sequence:D4}",
            TimeSpan.FromMilliseconds(Math.Max(0, manifest.UpstreamMs))));
        Count++;
    }
}
