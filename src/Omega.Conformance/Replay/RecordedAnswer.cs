namespace Omega.Conformance.Replay;

/// <summary>An answer taken from a recording, to serve again: its status, content type and bytes.</summary>
/// <param name="Latency">How long OMEGA took to give it, as recorded.</param>
public sealed record RecordedAnswer(
    int Status, string ContentType, ReadOnlyMemory<byte> Body, string Source, TimeSpan Latency = default);
