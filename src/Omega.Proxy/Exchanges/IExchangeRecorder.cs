using Omega.Conformance.Dialogue;
using Omega.Conformance.Storage;

namespace Omega.Proxy.Exchanges;

/// <summary>Keeps each exchange once it is complete, and what ends a dialogue outside its exchanges.</summary>
internal interface IExchangeRecorder
{
    /// <summary>Records the exchange; when it cannot, says so in the log, the metrics and the health.</summary>
    ValueTask RecordAsync(Exchange exchange, CancellationToken cancel);

    /// <summary>Records that the dialogue model ended a dialogue when its window passed.</summary>
    ValueTask RecordEndAsync(StoredDialogue dialogue, DialogueStep step, DateTimeOffset at, CancellationToken cancel);

    /// <summary>Drops what is kept in memory for a dialogue the tracker no longer follows.</summary>
    void Forget(string dialogueId);
}
