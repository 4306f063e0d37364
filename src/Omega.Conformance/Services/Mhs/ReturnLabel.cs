namespace Omega.Conformance.Services.Mhs;

/// <summary>
/// A label of Annexe A. Some are followed by a technical code (codeErreur, codeMessageOMEGA…):
/// those match as a prefix, the others exactly. Spaces at the ends do not count.
/// </summary>
/// <param name="Text">The label as the specification writes it, without its trailing code.</param>
/// <param name="FollowedByCode">True when OMEGA appends a code to the label.</param>
public sealed record ReturnLabel(string Text, bool FollowedByCode = false)
{
    public bool Matches(string messageRetour)
    {
        ArgumentNullException.ThrowIfNull(messageRetour);
        var text = messageRetour.Trim();
        var label = Text.Trim();
        if (!FollowedByCode)
        {
            return text == label;
        }

        // The label without its code is a twin's whole text ("…pour confirmer le rendez-vous."): not this one.
        var stem = label.TrimEnd(':', ' ');
        return text.StartsWith(stem, StringComparison.Ordinal) && text[stem.Length..].Trim() != ".";
    }

    /// <summary>The label as OMEGA sends it, with the code appended where it takes one.</summary>
    public string Render(string? code = null) => FollowedByCode && code is not null ? Text + code : Text.Trim();
}
