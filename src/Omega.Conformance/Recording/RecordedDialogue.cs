namespace Omega.Conformance.Recording;

/// <summary>A dialogue read back from a recording: its exchanges in the order they happened.</summary>
/// <param name="Source">Where it was read from: a folder, or a store's key.</param>
/// <param name="Name">Its name: time, PCE and NumeroDemande.</param>
/// <param name="Summary">What ended it outside its exchanges, when anything did.</param>
/// <param name="Reference">Its id and keys as the recorder gave them; read from its manifests when null.</param>
public sealed record RecordedDialogue(
    string Source,
    string Name,
    IReadOnlyList<RecordedExchange> Exchanges,
    DialogueSummary? Summary = null,
    DialogueRef? Reference = null)
{
    /// <summary>The dialogue's id, start and keys, as a store needs them to record it again.</summary>
    public DialogueRef Dialogue => Reference ?? new DialogueRef(
        First?.DialogueId ?? Summary?.DialogueId ?? Name,
        Summary?.StartedAt ?? First?.StartedAt ?? DateTimeOffset.MinValue,
        Exchanges.Select(e => e.Manifest.NumeroPce).FirstOrDefault(p => p is not null) ?? Summary?.NumeroPce,
        Exchanges.Select(e => e.Manifest.NumeroDemande).LastOrDefault(d => d is not null) ?? Summary?.NumeroDemande);

    private ExchangeManifest? First => Exchanges.Count > 0 ? Exchanges[0].Manifest : null;
}
