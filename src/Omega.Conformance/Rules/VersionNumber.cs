namespace Omega.Conformance.Rules;

/// <summary>Reads OMEGA's version labels, "V5" to "V10", as numbers that compare.</summary>
public static class VersionNumber
{
    /// <summary>The number of a label written "V" then one to three digits, or null.</summary>
    public static int? Read(string? label)
    {
        if (label is null)
        {
            return null;
        }

        var text = label.AsSpan().Trim();
        if (text.Length is < 2 or > 4 || text[0] != 'V' || !Digits.AreAll(text[1..]))
        {
            return null;
        }

        return int.Parse(text[1..], provider: null);
    }
}
