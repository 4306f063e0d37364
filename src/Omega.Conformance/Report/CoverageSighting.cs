namespace Omega.Conformance.Report;

/// <summary>Where a report shows something first: the anchor of an exchange (or dialogue end), and its name.</summary>
/// <param name="Anchor">The id in the report to link to.</param>
/// <param name="Seen">For people: the dialogue, and the exchange's sequence and operation (or "its end").</param>
public sealed record CoverageSighting(string Anchor, string Seen);
