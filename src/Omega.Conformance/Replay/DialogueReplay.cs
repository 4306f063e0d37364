using Omega.Conformance.Recording;

namespace Omega.Conformance.Replay;

/// <summary>How a recorded dialogue replayed, exchange by exchange.</summary>
public sealed record DialogueReplay(RecordedDialogue Dialogue, IReadOnlyList<ExchangeReplay> Exchanges)
{
    public bool Equivalent => Exchanges.All(exchange => exchange.Equivalent);

    /// <summary>How far the recorded dates were moved for the replay.</summary>
    public DateShift Shift { get; init; }
}
