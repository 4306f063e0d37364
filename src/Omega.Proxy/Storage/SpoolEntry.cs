using Omega.Conformance.Recording;

namespace Omega.Proxy.Storage;

/// <summary>What the spool keeps of a write the database could not take: an exchange, or a dialogue's end.</summary>
internal sealed record SpoolEntry
{
    public required DialogueRef Dialogue { get; init; }

    /// <summary>The exchange's manifest; null for a dialogue's end.</summary>
    public ExchangeManifest? Manifest { get; init; }

    public byte[] Request { get; init; } = [];

    public byte[] Response { get; init; } = [];

    /// <summary>The dialogue's end; null for an exchange.</summary>
    public DialogueSummary? Summary { get; init; }

    public static SpoolEntry Of(RecordingEntry entry) => new()
    {
        Dialogue = entry.Dialogue,
        Manifest = entry.Manifest,
        Request = entry.RequestBody.ToArray(),
        Response = entry.ResponseBody.ToArray(),
    };

    /// <summary>Writes the entry to the store it was meant for; the store keeps one copy of an exchange.</summary>
    public async ValueTask WriteToAsync(IRecordingStore store, CancellationToken cancel)
    {
        if (Manifest is not null)
        {
            await store.AppendAsync(new RecordingEntry(Dialogue, Manifest, Request, Response), cancel);
        }
        else if (Summary is not null)
        {
            await store.WriteSummaryAsync(Dialogue, Summary, cancel);
        }
    }
}
