using System.Text;
using System.Text.RegularExpressions;

namespace Omega.Conformance.Soap;

/// <summary>An XML document decoded as text with its own encoding, to be edited in place and encoded back.</summary>
internal sealed partial class DecodedXml
{
    private readonly Encoding _encoding;
    private readonly byte[] _preamble;

    private DecodedXml(string text, Encoding encoding, byte[] preamble)
    {
        Text = text;
        _encoding = encoding;
        _preamble = preamble;
    }

    public string Text { get; }

    public static DecodedXml Decode(ReadOnlySpan<byte> bytes)
    {
        var byteOrderMarked = new Encoding[] { new UTF8Encoding(true), Encoding.BigEndianUnicode, Encoding.Unicode };
        foreach (var candidate in byteOrderMarked)
        {
            var preamble = candidate.GetPreamble();
            if (bytes.StartsWith(preamble))
            {
                return new DecodedXml(candidate.GetString(bytes[preamble.Length..]), candidate, preamble);
            }
        }

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]);
        var declared = DeclaredEncoding().Match(head);
        var encoding = declared.Success && TryGetEncoding(declared.Groups[1].Value) is { } named
            ? named
            : new UTF8Encoding(false);
        return new DecodedXml(encoding.GetString(bytes), encoding, []);
    }

    /// <summary>The text, encoded as the original was.</summary>
    public byte[] Encode(string text) => Encode([text.AsMemory()]);

    /// <summary>
    /// The text made of these pieces, encoded as the original was, straight into one array: the
    /// edited text is never built whole.
    /// </summary>
    public byte[] Encode(IReadOnlyList<ReadOnlyMemory<char>> pieces)
    {
        var length = _preamble.Length;
        foreach (var piece in pieces)
        {
            length += _encoding.GetByteCount(piece.Span);
        }

        var bytes = new byte[length];
        _preamble.CopyTo(bytes, 0);
        var written = _preamble.Length;
        foreach (var piece in pieces)
        {
            written += _encoding.GetBytes(piece.Span, bytes.AsSpan(written));
        }

        return bytes;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")]
    private static partial Regex DeclaredEncoding();
}
