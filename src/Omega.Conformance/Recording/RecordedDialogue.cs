namespace Omega.Conformance.Recording;

/// <summary>A dialogue read back from a recording: its exchanges in the order they happened.</summary>
/// <param name="Source">Where it was read from: a folder, or a store's key.</param>
/// <param name="Name">Its name: time, PCE and NumeroDemande.</param>
/// <param name="Summary">What ended it outside its exchanges, when anything did.</param>
public sealed record RecordedDialogue(
    string Source, string Name, IReadOnlyList<RecordedExchange> Exchanges, DialogueSummary? Summary = null);
