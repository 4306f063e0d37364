using System.Net.Http.Headers;
using Omega.Conformance.Recording;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;

namespace Omega.Conformance.Replay;

/// <summary>
/// Sends the recorded requests of a dialogue, in order, to a live implementation, and compares
/// each answer with the recorded one. The NumeroDemande the live target gives replaces the
/// recorded one in the requests that follow, so a dialogue replays against a fresh implementation.
/// </summary>
public sealed class Replayer(HttpClient http, VolatileFields volatileFields, MessageValidator validator)
{
    public async Task<DialogueReplay> ReplayAsync(RecordedDialogue dialogue, Uri target, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        ArgumentNullException.ThrowIfNull(target);
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<ExchangeReplay>();
        foreach (var exchange in dialogue.Exchanges)
        {
            results.Add(await ReplayAsync(exchange, target, numbers, cancel));
        }

        return new DialogueReplay(dialogue, results);
    }

    private async Task<ExchangeReplay> ReplayAsync(
        RecordedExchange exchange,
        Uri target,
        Dictionary<string, string> numbers,
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
            using var request = Request(exchange, target, numbers);
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

            differences.AddRange(XmlDiff.Compare(exchange.Response, live, volatileFields));
            Learn(exchange.Response, live, numbers);
            return new ExchangeReplay(manifest.Sequence, manifest.Operation, differences);
        }
    }

    private HttpRequestMessage Request(RecordedExchange exchange, Uri target, Dictionary<string, string> numbers)
    {
        var manifest = exchange.Manifest;
        var body = Substitute(exchange.Request, numbers);
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

    /// <summary>The request with each recorded NumeroDemande the live target renumbered replaced.</summary>
    private byte[] Substitute(ReadOnlyMemory<byte> request, Dictionary<string, string> numbers)
    {
        if (numbers.Count == 0 || validator.Validate(request).Message?.FindDescendant("NumeroDemande") is not { } field
            || !numbers.TryGetValue(field.Value.Trim(), out var live))
        {
            return request.ToArray();
        }

        var editor = new EnvelopeEditor(request);
        return editor.Replace(field, live) ? editor.ToBytes() : request.ToArray();
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
