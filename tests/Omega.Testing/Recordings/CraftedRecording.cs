using Omega.Conformance.Dialogue;
using Omega.Conformance.Recording;

namespace Omega.Testing.Recordings;

/// <summary>
/// Recorded exchanges made by hand, for what the proxy would not record against the simulator: a
/// failed exchange, hostile text, bytes that are not valid in their encoding. Written through the
/// real store, so they read back as a recording does.
/// </summary>
public static class CraftedRecording
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>An exchange of the example envelopes of an operation, edited as the test needs.</summary>
    public static RecordedExchange Exchange(
        int sequence,
        string operation,
        Func<ExchangeManifest, ExchangeManifest>? edit = null,
        byte[]? request = null,
        byte[]? response = null)
    {
        request ??= File.ReadAllBytes(RepositoryPaths.Example("RequeteWS" + operation));
        response ??= File.ReadAllBytes(RepositoryPaths.Example("ReponseWS" + operation));
        var stem = FileRecordingStore.ExchangeStem(sequence, operation);
        var manifest = new ExchangeManifest
        {
            ExchangeId = $"x{sequence}",
            DialogueId = "crafted",
            Sequence = sequence,
            Operation = operation,
            NumeroCad = "GS9912",
            NumeroPce = "19112345678901",
            NumeroDemande = "MHS000123456",
            StartedAt = Start.AddSeconds(sequence),
            DurationMs = 12.5,
            UpstreamMs = 10,
            Verdict = "pass",
            Request = new RecordedMessage
            {
                File = stem + ".request.xml",
                Bytes = request.Length,
                Method = "POST",
                Path = "/CreerDemandeMHS",
                Headers = new Dictionary<string, string>
                {
                    ["Host"] = "127.0.0.1:8080", ["Content-Type"] = "text/xml",
                },
                Message = "RequeteWS" + operation,
                Conformant = true,
            },
            Response = new RecordedMessage
            {
                File = stem + ".response.xml",
                Bytes = response.Length,
                Status = 200,
                Headers = new Dictionary<string, string> { ["Content-Type"] = "text/xml; charset=utf-8" },
                Message = "ReponseWS" + operation,
                Conformant = true,
                AnsweredBy = "upstream",
            },
            DialogueAfter = new DialogueState { Status = "en attente de RDV", LastEvent = 7 },
        };
        return new RecordedExchange(edit?.Invoke(manifest) ?? manifest, request, response);
    }

    /// <summary>A failed exchange: an error found on the request.</summary>
    public static ExchangeManifest Failing(ExchangeManifest manifest, string rule = "MHS211", string message = "wrong")
    {
        ArgumentNullException.ThrowIfNull(manifest);
        const string Path = "/RequeteWSCreerDemandeMHS/Demande";
        var violation = new RecordedViolation("request", rule, "error", Path, 3, message);
        return manifest with { Verdict = "fail", Violations = [violation] };
    }

    public static RecordedDialogue Dialogue(params RecordedExchange[] exchanges) =>
        new("crafted", "20261207T080000Z_19112345678901_MHS000123456", exchanges);

    /// <summary>Writes the exchanges as one dialogue under <paramref name="root"/>; returns its folder.</summary>
    public static async Task<string> WriteAsync(string root, params RecordedExchange[] exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var store = new FileRecordingStore(root);
        var before = Directory.Exists(root) ? Directory.GetDirectories(root) : [];
        var id = "crafted-" + Guid.NewGuid().ToString("N");
        foreach (var exchange in exchanges)
        {
            var manifest = exchange.Manifest with { DialogueId = id };
            var dialogue = new DialogueRef(id, manifest.StartedAt, "19112345678901", manifest.NumeroDemande);
            await store.AppendAsync(
                new RecordingEntry(dialogue, manifest, exchange.Request, exchange.Response), CancellationToken.None);
        }

        return Directory.GetDirectories(root).Except(before).Single();
    }
}
