namespace Omega.Conformance.Recording;

/// <summary>One exchange to record: its manifest and its two bodies, already pseudonymized if they are to be.</summary>
public sealed record RecordingEntry(
    DialogueRef Dialogue,
    ExchangeManifest Manifest,
    ReadOnlyMemory<byte> RequestBody,
    ReadOnlyMemory<byte> ResponseBody);
