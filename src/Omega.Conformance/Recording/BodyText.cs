using Omega.Conformance.Soap;

namespace Omega.Conformance.Recording;

/// <summary>A recorded body read as text, in the encoding its XML declaration names (UTF-8 otherwise).</summary>
/// <param name="Exact">True when the text encodes back to the recorded bytes: nothing was lost in decoding.</param>
public sealed record BodyText(string Text, bool Exact)
{
    public static BodyText Of(ReadOnlyMemory<byte> bytes)
    {
        var decoded = DecodedXml.Decode(bytes.Span);
        return new BodyText(decoded.Text, decoded.Encode(decoded.Text).AsSpan().SequenceEqual(bytes.Span));
    }
}
