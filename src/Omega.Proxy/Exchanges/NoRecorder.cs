using Omega.Conformance.Dialogue;
using Omega.Proxy.Dialogues;

namespace Omega.Proxy.Exchanges;

/// <summary>The recorder when recording is switched off.</summary>
internal sealed class NoRecorder : IExchangeRecorder
{
    public ValueTask RecordAsync(Exchange exchange, CancellationToken cancel) => ValueTask.CompletedTask;

    public ValueTask RecordEndAsync(TrackedDialogue dialogue, DialogueStep step, DateTimeOffset at, CancellationToken cancel) =>
        ValueTask.CompletedTask;

    public void Forget(TrackedDialogue dialogue)
    {
    }
}
