namespace Omega.Conformance.Rules;

/// <summary>Digit checks on field values, without allocating: ASCII 0 to 9 only, as OMEGA means it.</summary>
public static class Digits
{
    /// <summary>True when the text is not empty and holds ASCII digits only.</summary>
    public static bool AreAll(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    /// <summary>True when the text is exactly that many ASCII digits.</summary>
    public static bool AreExactly(ReadOnlySpan<char> text, int count) => text.Length == count && AreAll(text);
}
