namespace Omega.Conformance.Soap;

/// <summary>
/// Bounds on what one message may cost to read. XML from outside is hostile until validated, so
/// every read is bounded in size and depth whatever the caller.
/// </summary>
/// <param name="MaxBytes">The largest envelope accepted, in bytes (1 MB by default).</param>
/// <param name="MaxDepth">The deepest nesting of elements accepted, the Envelope being depth 1.</param>
public sealed record XmlLimits(long MaxBytes = XmlLimits.DefaultMaxBytes, int MaxDepth = XmlLimits.DefaultMaxDepth)
{
    public const long DefaultMaxBytes = 1024 * 1024;
    public const int DefaultMaxDepth = 64;

    public static XmlLimits Default { get; } = new();
}
