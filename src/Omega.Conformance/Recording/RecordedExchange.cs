namespace Omega.Conformance.Recording;

/// <summary>One exchange read back: its manifest and both bodies (empty when there was none).</summary>
public sealed record RecordedExchange(
    ExchangeManifest Manifest, ReadOnlyMemory<byte> Request, ReadOnlyMemory<byte> Response);
