using Omega.Conformance.Dialogue;
using Omega.Conformance.Storage;

namespace Omega.Proxy.Exchanges;

/// <summary>The recorder when recording is switched off.</summary>
internal sealed class NoRecorder : IExchangeRecorder
{
    public ValueTask RecordAsync(Exchange exchange, CancellationToken cancel) => ValueTask.CompletedTask;

    public ValueTask RecordEndAsync(StoredDialogue dialogue, DialogueStep step, DateTimeOffset at,
        CancellationToken cancel) =>
        ValueTask.CompletedTask;

    public void Forget(string dialogueId)
    {
    }
}
