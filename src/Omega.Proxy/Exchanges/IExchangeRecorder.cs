using Omega.Conformance.Dialogue;
using Omega.Conformance.Storage;

namespace Omega.Proxy.Exchanges;

/// <summary>Keeps each exchange once it is complete, and what ends a dialogue outside its exchanges.</summary>
internal interface IExchangeRecorder
{
    /// <summary>Records the exchange; false when it could not be, which the caller counts and reports.</summary>
    ValueTask<bool> RecordAsync(Exchange exchange, CancellationToken cancel);

    /// <summary>Records that the dialogue model ended a dialogue when its window passed.</summary>
    ValueTask RecordEndAsync(StoredDialogue dialogue, DialogueStep step, DateTimeOffset at, CancellationToken cancel);
}
