using Omega.Conformance.Dialogue;

namespace Omega.Conformance.Report;

/// <summary>One row of the tableau d'états, and how often the reported dialogues took it.</summary>
/// <param name="Row">The event and the demand's status after it.</param>
/// <param name="First">Where it was taken first; null when it never was.</param>
public sealed record CoveredTransition(TableEvent Row, int Times, CoverageSighting? First)
{
    public bool Taken => Times > 0;
}
