namespace Omega.Conformance.Services.Mhs;

/// <summary>One CodeRetour of Annexe A: the TypeRetourDialogue it comes with, and its labels.</summary>
/// <param name="Code">The CodeRetour, as OMEGA writes it.</param>
/// <param name="TypeRetourDialogue">"P" à poursuivre, "A" abandonné, "T" terminé.</param>
/// <param name="Situation">Annexe A's "Situation" column.</param>
/// <param name="Labels">The labels OMEGA sends with the code.</param>
public sealed record ReturnCode(
    string Code, string TypeRetourDialogue, string Situation, IReadOnlyList<ReturnLabel> Labels)
{
    /// <summary>The label that the text matches, or null when it is none of this code's.</summary>
    public ReturnLabel? Match(string messageRetour)
    {
        foreach (var label in Labels)
        {
            if (label.Matches(messageRetour))
            {
                return label;
            }
        }

        return null;
    }
}
