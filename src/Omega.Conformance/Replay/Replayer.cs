using System.Net.Http.Headers;
using Omega.Conformance.Recording;
using Omega.Conformance.Rules;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Replay;

/// <summary>
/// Sends the recorded requests of a dialogue, in order, to a live implementation, and compares
/// each answer with the recorded one. The NumeroDemande the live target gives replaces the
/// recorded one in the requests that follow, so a dialogue replays against a fresh implementation.
/// Given a clock, it moves the dates of a dialogue recorded in the past by whole weeks (see
/// <see cref="DateShift"/>), in the requests sent and in the recorded answers they are compared with.
/// </summary>
/// <param name="today">The clock dates are moved by; null to send the recorded dates as they are.</param>
public sealed class Replayer(
    HttpClient http, VolatileFields volatileFields, MessageValidator validator, TimeProvider? today = null)
{
    public async Task<DialogueReplay> ReplayAsync(RecordedDialogue dialogue, Uri target, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(target);
        var shift = today is null
            ? DateShift.None
            : DateShift.Between(IsoDate.DayOf(dialogue.Dialogue.StartedAt), IsoDate.DayOf(today.GetUtcNow()));
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<ExchangeReplay>();
        foreach (var exchange in dialogue.Exchanges)
        {
            results.Add(await ReplayAsync(exchange, target, numbers, shift, cancel));
        }

        return new DialogueReplay(dialogue, results) { Shift = shift };
    }

    private async Task<ExchangeReplay> ReplayAsync(
        RecordedExchange exchange,
        Uri target,
        Dictionary<string, string> numbers,
        DateShift shift,
        CancellationToken cancel)
    {
        var manifest = exchange.Manifest;
        if (manifest.Response.AnsweredBy == "proxy" || exchange.Request.IsEmpty)
        {
            return new ExchangeReplay(
                manifest.Sequence, manifest.Operation, [], Skipped: "it never reached the upstream");
        }

        HttpResponseMessage response;
        byte[] live;
        try
        {
            using var request = Request(exchange, target, numbers, shift);
            response = await http.SendAsync(request, cancel);
            live = await response.Content.ReadAsByteArrayAsync(cancel);
        }
        catch (HttpRequestException e)
        {
            return new ExchangeReplay(
                manifest.Sequence, manifest.Operation, [], Error: $"the target did not answer: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new ExchangeReplay(
                manifest.Sequence, manifest.Operation, [], Error: "the target did not answer in time");
        }

        using (response)
        {
            var differences = new List<XmlDifference>();
            if ((int)response.StatusCode != manifest.Response.Status)
            {
                differences.Add(new XmlDifference(
                    "/", "status", manifest.Response.Status.ToString(), ((int)response.StatusCode).ToString()));
            }

            var recorded = Edit(exchange.Response, numbers: null, shift);
            differences.AddRange(XmlDiff.Compare(recorded, live, volatileFields));
            Learn(recorded, live, numbers);
            return new ExchangeReplay(manifest.Sequence, manifest.Operation, differences);
        }
    }

    private HttpRequestMessage Request(
        RecordedExchange exchange, Uri target, Dictionary<string, string> numbers, DateShift shift)
    {
        var manifest = exchange.Manifest;
        var body = Edit(exchange.Request, numbers, shift);
        var content = new ByteArrayContent(body);
        var contentType = Header(manifest.Request.Headers, "Content-Type") ?? "text/xml; charset=utf-8";
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var address = new Uri(target, manifest.Request.Path ?? target.AbsolutePath);
        var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = content,
        };
        if (Header(manifest.Request.Headers, "SOAPAction") is { } action)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", action);
        }

        return request;
    }

    /// <summary>
    /// The envelope with its dates moved and, given the numbers the live target gave, its recorded
    /// NumeroDemande replaced by the live one.
    /// </summary>
    private byte[] Edit(ReadOnlyMemory<byte> envelope, Dictionary<string, string>? numbers, DateShift shift)
    {
        if (shift == DateShift.None && (numbers is null || numbers.Count == 0))
        {
            return envelope.ToArray();
        }

        var message = validator.Validate(envelope).Message;
        var editor = new EnvelopeEditor(envelope);
        if (numbers is not null && message?.FindDescendant("NumeroDemande") is { } field
            && numbers.TryGetValue(field.Value.Trim(), out var live))
        {
            editor.Replace(field, live);
        }

        shift.Apply(message, editor);
        return editor.HasChanges ? editor.ToBytes() : envelope.ToArray();
    }

    private void Learn(ReadOnlyMemory<byte> recorded, byte[] live, Dictionary<string, string> numbers)
    {
        var recordedNumber = NumeroDemande(recorded);
        var liveNumber = NumeroDemande(live);
        if (recordedNumber is not null && liveNumber is not null && recordedNumber != liveNumber)
        {
            numbers[recordedNumber] = liveNumber;
        }
    }

    private string? NumeroDemande(ReadOnlyMemory<byte> envelope) =>
        validator.Validate(envelope).Message?.FindDescendant("NumeroDemande")?.Value.Trim() is { Length: > 0 } number
            ? number
            : null;

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
