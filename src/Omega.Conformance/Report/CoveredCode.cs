namespace Omega.Conformance.Report;

/// <summary>One CodeRetour, and how many recorded answers carried it.</summary>
/// <param name="TypeRetourDialogue">The TypeRetourDialogue Annexe A gives the code; null for a code it lacks.</param>
/// <param name="Situation">Annexe A's "Situation" of the code; null for a code it lacks.</param>
/// <param name="First">The first answer that carried it; null when none did.</param>
public sealed record CoveredCode(
    string Code, string? TypeRetourDialogue, string? Situation, int Times, CoverageSighting? First)
{
    public bool Seen => Times > 0;
}
