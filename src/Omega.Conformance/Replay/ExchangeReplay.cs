namespace Omega.Conformance.Replay;

/// <summary>How one recorded exchange replayed: the differences of the live answer, or why it was not sent.</summary>
public sealed record ExchangeReplay(
    int Sequence,
    string? Operation,
    IReadOnlyList<XmlDifference> Differences,
    string? Skipped = null,
    string? Error = null)
{
    public bool Equivalent => Error is null && Differences.Count == 0;
}
