using Microsoft.Extensions.Logging;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Recording;
using Omega.Conformance.Services;
using Omega.Conformance.Storage;
using Omega.Proxy.Admin;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Telemetry;

namespace Omega.Proxy.Recording;

/// <summary>
/// Records each exchange as soon as it completes, before the proxy takes the next one of its
/// dialogue: personal data pseudonymized unless told otherwise, credentials never written. A store
/// that fails does not stop the forwarding: the failure is logged, counted in the metrics and shown
/// on /_omega/health.
/// </summary>
internal sealed class ExchangeRecorder(
    IRecordingStore store,
    ServiceCatalog services,
    bool keepPersonalData,
    byte[] pseudonymSecret,
    ProxyHealth health,
    ProxyMetrics metrics,
    ILogger<ExchangeRecorder> logger) : IExchangeRecorder
{
    private readonly Pseudonymizer _pseudonymizer =
        new([.. services.Services.SelectMany(s => s.PersonalData).Distinct()]);

    public async ValueTask RecordAsync(Exchange exchange, CancellationToken cancel)
    {
        try
        {
            await store.AppendAsync(Entry(exchange), cancel);
            health.RecordingSucceeded();
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            Failed(exchange.Id, e);
        }
    }

    public async ValueTask RecordEndAsync(StoredDialogue dialogue, DialogueStep step, DateTimeOffset at,
        CancellationToken cancel)
    {
        var summary = new DialogueSummary
        {
            DialogueId = dialogue.Id,
            NumeroCad = dialogue.NumeroCad,
            NumeroPce = dialogue.NumeroPce,
            NumeroDemande = dialogue.NumeroDemande,
            StartedAt = dialogue.StartedAt,
            EndedAt = at,
            State = step.State,
            Transitions = step.Transitions,
            Violations = [.. step.Violations.Select(v => ManifestBuilder.Recorded("dialogue", v, text => text))],
        };
        try
        {
            await store.WriteSummaryAsync(
                new DialogueRef(dialogue.Id, dialogue.StartedAt, dialogue.NumeroPce, dialogue.NumeroDemande),
                    summary, cancel);
            health.RecordingSucceeded();
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            Failed(dialogue.Id, e);
        }
    }

    public void Forget(string dialogueId) => store.Forget(dialogueId);

    /// <summary>
    /// Whatever a store throws is a recording lost, never a failed exchange: the supplier's answer is
    /// sent once the recording is over, however it ended.
    /// </summary>
    private static bool IsStoreFailure(Exception e) => e is not OutOfMemoryException;

    private void Failed(string id, Exception e)
    {
        health.RecordingFailed();
        metrics.Unrecorded();
        Log.RecordingFailed(logger, id, e.GetType().Name, e);
    }

    private static DialogueRef Ref(TrackedDialogue dialogue) =>
        new(dialogue.Id, dialogue.StartedAt, dialogue.NumeroPce, dialogue.NumeroDemande);

    private RecordingEntry Entry(Exchange exchange)
    {
        var dialogue = exchange.Dialogue!;
        var request = exchange.Request is { TooLarge: false } body ? body.Memory : ReadOnlyMemory<byte>.Empty;
        var response = exchange.ProxyAnswerBody
            ?? (exchange.Response is { TooLarge: false } answer ? answer.Memory : ReadOnlyMemory<byte>.Empty);
        var scrub = (Func<string, string>)(text => text);
        if (!keepPersonalData)
        {
            var key = PseudonymKey.ForDialogue(pseudonymSecret, dialogue.Id);
            var requestBody = _pseudonymizer.Apply(request, exchange.RequestVerdict?.Message, key);
            var responseBody = _pseudonymizer.Apply(response, exchange.ResponseVerdict?.Message, key);
            request = requestBody.Bytes;
            response = responseBody.Bytes;
            scrub = text => responseBody.Scrub(requestBody.Scrub(text));
        }

        var manifest = ManifestBuilder.Build(exchange, keepPersonalData, scrub);
        return new RecordingEntry(Ref(dialogue), manifest, request, response);
    }
}
