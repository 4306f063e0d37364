namespace Omega.Conformance.Rules;

/// <summary>Reads an xs:boolean value: "true", "false", "1" or "0", spaces around allowed.</summary>
public static class XmlBoolean
{
    /// <summary>The value, or null when the text is no xs:boolean.</summary>
    public static bool? Read(string? text) => text.AsSpan().Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };
}
