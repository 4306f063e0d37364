namespace Omega.Conformance.Recording;

/// <summary>An envelope with its personal values replaced, and the map of each value to its token.</summary>
public sealed record PseudonymizedBody(ReadOnlyMemory<byte> Bytes, IReadOnlyDictionary<string, string> Tokens)
{
    /// <summary>Replaces the personal values a text quotes, such as a schema message citing a value.</summary>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (value, token) in Tokens)
        {
            text = text.Replace(value, token, StringComparison.Ordinal);
        }

        return text;
    }
}
