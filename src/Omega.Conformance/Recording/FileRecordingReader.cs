using System.Text.Json;

namespace Omega.Conformance.Recording;

/// <summary>
/// Reads recordings back from folders. A path may name one dialogue's folder or a folder of them.
/// Only complete exchanges are read: those whose manifest is in place; temporary files are ignored.
/// </summary>
public static class FileRecordingReader
{
    /// <param name="bodies">False to read the manifests alone and leave the bodies empty, as a listing needs.</param>
    /// <exception cref="RecordingException">A path names nothing, or a manifest cannot be read.</exception>
    public static IReadOnlyList<RecordedDialogue> Read(IEnumerable<string> paths, bool bodies = true)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var dialogues = new List<RecordedDialogue>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                throw new RecordingException($"no recording folder at '{path}'");
            }

            var folders = IsDialogue(path)
                ? [path]
                : Directory.GetDirectories(path).Where(IsDialogue).Order(StringComparer.Ordinal).ToArray();
            dialogues.AddRange(folders.Select(folder => ReadDialogue(folder, bodies)));
        }

        return dialogues;
    }

    public static RecordedDialogue ReadDialogue(string folder, bool bodies = true)
    {
        var exchanges = Directory.GetFiles(folder, "*.json")
            .Where(file => Path.GetFileName(file) != FileRecordingStore.SummaryFile)
            .Order(StringComparer.Ordinal)
            .Select(manifest => ReadExchange(manifest, bodies))
            .OrderBy(exchange => exchange.Manifest.Sequence)
            .ToList();
        var summaryFile = Path.Combine(folder, FileRecordingStore.SummaryFile);
        var summary = File.Exists(summaryFile)
            ? JsonSerializer.Deserialize(File.ReadAllBytes(summaryFile), RecordingJson.Readable.DialogueSummary)
            : null;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        var read = new RecordedDialogue(folder, name, exchanges, summary);
        return FileRecordingStore.StartOf(name) is { } start && summary is null
            ? read with { Reference = read.Dialogue with { StartedAt = start } }
            : read;
    }

    /// <summary>
    /// A dialogue read without its bodies, given them from its folder; its manifests are not read again.
    /// </summary>
    /// <exception cref="RecordingException">A body file a manifest names is missing.</exception>
    public static RecordedDialogue WithBodies(RecordedDialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        return dialogue with
        {
            Exchanges =
            [
                .. dialogue.Exchanges.Select(e => e with
                {
                    Request = Body(dialogue.Source, e.Manifest.Request.File),
                    Response = Body(dialogue.Source, e.Manifest.Response.File),
                }),
            ],
        };
    }

    /// <summary>A folder holds a dialogue once one manifest is in place.</summary>
    internal static bool IsDialogue(string folder) => Directory.EnumerateFiles(folder, "*.json").Any();

    private static RecordedExchange ReadExchange(string manifestFile, bool bodies)
    {
        ExchangeManifest manifest;
        try
        {
            var json = File.ReadAllBytes(manifestFile);
            manifest = JsonSerializer.Deserialize(json, RecordingJson.Readable.ExchangeManifest)
                ?? throw new RecordingException($"'{manifestFile}' is empty");
        }
        catch (JsonException e)
        {
            throw new RecordingException($"'{manifestFile}' is not a recording manifest: {e.Message}", e);
        }

        if (manifest.Format != ExchangeManifest.CurrentFormat)
        {
            throw new RecordingException(
                $"'{manifestFile}' has format '{manifest.Format}', not '{ExchangeManifest.CurrentFormat}'");
        }

        var folder = Path.GetDirectoryName(manifestFile)!;
        return bodies
            ? new RecordedExchange(manifest, Body(folder, manifest.Request.File), Body(folder, manifest.Response.File))
            : new RecordedExchange(manifest, ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty);
    }

    private static ReadOnlyMemory<byte> Body(string folder, string? file)
    {
        if (file is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var path = Path.Combine(folder, Path.GetFileName(file));
        return File.Exists(path) ? File.ReadAllBytes(path) : throw new RecordingException($"'{path}' is missing");
    }
}
