using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Omega.Conformance.Recording;

/// <summary>
/// Recordings as plain files: a folder per dialogue, named by time, PCE and NumeroDemande, holding
/// for each exchange its request, its response and its manifest. Every file is written under a
/// temporary name and renamed, the manifest last: a killed process leaves at most a temporary file,
/// never a half-written one under a real name, and an exchange without its manifest is not read.
/// </summary>
public sealed class FileRecordingStore : IRecordingStore
{
    public const string TemporarySuffix = ".partial";

    /// <summary>The file of a dialogue's summary, beside its exchanges' manifests.</summary>
    public const string SummaryFile = "dialogue.json";
    private const string Pending = "pending";
    private const int MaxRememberedNames = 4096;
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";

    private readonly string _root;
    // One entry per dialogue recorded, kept for the life of the store: a long campaign pays for each.
    private readonly ConcurrentDictionary<string, DialogueFolder> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextRank = new(StringComparer.Ordinal);
    private readonly Lock _naming = new();

    public FileRecordingStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    public string Description => _root;

    public async ValueTask AppendAsync(RecordingEntry entry, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var folder = _folders.GetOrAdd(entry.Dialogue.Id, _ => new DialogueFolder());
        await folder.Gate.WaitAsync(cancel);
        try
        {
            var path = PlaceFolder(folder, entry.Dialogue);
            var manifest = entry.Manifest;
            var stem = ExchangeStem(manifest.Sequence, manifest.Operation);
            await WriteAtomicallyAsync(path, manifest.Request.File, entry.RequestBody, cancel);
            await WriteAtomicallyAsync(path, manifest.Response.File, entry.ResponseBody, cancel);
            var json = JsonSerializer.SerializeToUtf8Bytes(manifest, RecordingJson.Readable.ExchangeManifest);
            await WriteAtomicallyAsync(path, stem + ".json", json, cancel);
        }
        finally
        {
            folder.Gate.Release();
        }
    }

    public async ValueTask WriteSummaryAsync(DialogueRef dialogue, DialogueSummary summary, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        var folder = _folders.GetOrAdd(dialogue.Id, _ => new DialogueFolder());
        await folder.Gate.WaitAsync(cancel);
        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(summary, RecordingJson.Readable.DialogueSummary);
            await WriteAtomicallyAsync(PlaceFolder(folder, dialogue), SummaryFile, json, cancel);
        }
        finally
        {
            folder.Gate.Release();
        }
    }

    public void Forget(string dialogueId)
    {
        if (_folders.TryRemove(dialogueId, out var folder) && folder.Name is { } name)
        {
            // Probing that name starts again from its first rank, where the forgotten folder may be.
            lock (_naming)
            {
                _nextRank.Remove(name);
            }
        }
    }

    /// <remarks>The root may also be one dialogue's folder, as <see cref="FileRecordingReader"/> reads it.</remarks>
    public Task<IReadOnlyList<RecordedDialogue>> ReadAsync(DialogueQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<RecordedDialogue> dialogues =
            [.. ReadNamed(query)?.Where(d => query.Matches(DialogueListing.Of(d))) ?? ReadSelected(query)];
        return Task.FromResult(dialogues);
    }

    public Task<IReadOnlyList<DialogueListing>> ListAsync(DialogueQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<DialogueListing> listings =
            [.. ReadAll(bodies: false).Select(DialogueListing.Of).Where(query.Matches)];
        return Task.FromResult(listings);
    }

    /// <summary>The name of a dialogue's folder: <c>20261203T101500Z_19112345678901_MHS000123456</c>.</summary>
    public static string DialogueName(DialogueRef dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        return string.Join(
            '_',
            dialogue.StartedAt.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture),
            Safe(dialogue.NumeroPce ?? "PCE-unknown"),
            Safe(dialogue.NumeroDemande ?? Pending));
    }

    /// <summary>The instant a dialogue's name begins with, to the second, or null when it has none.</summary>
    public static DateTimeOffset? StartOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        const int Length = 16;
        return name.Length >= Length && DateTimeOffset.TryParseExact(
            name[..Length], StampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)
            ? start
            : null;
    }

    /// <summary>The names an exchange's files take: <c>0003-ProposerDatePlage.request.xml</c> and so on.</summary>
    public static string ExchangeStem(int sequence, string? operation) =>
        sequence.ToString("D4", CultureInfo.InvariantCulture) + "-" + Safe(operation ?? "unknown");

    /// <summary>Creates the dialogue's folder, or renames it once the NumeroDemande is known.</summary>
    private string PlaceFolder(DialogueFolder folder, DialogueRef dialogue)
    {
        if (folder.Path is not null
            && (folder.HasNumeroDemande || dialogue.NumeroDemande is null)
            && Directory.Exists(folder.Path))
        {
            return folder.Path;
        }

        // Finding a free name and taking it is one step: two dialogues that started in the same
        // second, for the same PCE and demand, must not both take the same folder.
        lock (_naming)
        {
            Directory.CreateDirectory(_root);
            var name = DialogueName(dialogue);
            var wanted = FreeName(name, folder.Path, dialogue.Id);
            if (folder.Path is not null && Directory.Exists(folder.Path))
            {
                Directory.Move(folder.Path, wanted);
            }
            else
            {
                Directory.CreateDirectory(wanted);
            }

            folder.Path = wanted;
            folder.Name = name;
            folder.HasNumeroDemande = dialogue.NumeroDemande is not null;
            return wanted;
        }
    }

    /// <summary>
    /// The dialogues a query names, read from their folders alone; null when a name is not a folder
    /// here (it may be a dialogue id, found only in the manifests), so the caller reads them all.
    /// </summary>
    private IEnumerable<RecordedDialogue>? ReadNamed(DialogueQuery query)
    {
        if (query.Dialogues.Count == 0 || !Directory.Exists(_root))
        {
            return null;
        }

        var folders = query.Dialogues.Select(name => Path.Combine(_root, name)).ToArray();
        var named = query.Dialogues.All(name => Path.GetFileName(name) == name && name is not ("." or ".."))
            && folders.All(Directory.Exists);
        // A folder with no manifest yet holds no exchange: the full read leaves it out too.
        return named
            ? folders.Order(StringComparer.Ordinal)
                .Where(FileRecordingReader.IsDialogue)
                .Select(folder => FileRecordingReader.ReadDialogue(folder))
                .OrderBy(d => d.Dialogue.StartedAt)
            : null;
    }

    /// <summary>The manifests of every dialogue, then the bodies of those the query selects alone.</summary>
    private IEnumerable<RecordedDialogue> ReadSelected(DialogueQuery query) =>
        ReadAll(bodies: false)
            .Where(d => query.Matches(DialogueListing.Of(d)))
            .Select(FileRecordingReader.WithBodies);

    private IEnumerable<RecordedDialogue> ReadAll(bool bodies) =>
        Directory.Exists(_root)
            ? FileRecordingReader.Read([_root], bodies).OrderBy(d => d.Dialogue.StartedAt)
            : [];

    /// <summary>
    /// A folder name no other dialogue holds. A folder of the same dialogue is taken again, so that
    /// recording a dialogue a second time (a copy run twice) overwrites its files instead of doubling them.
    /// The ranks already given out for a name are not tried again, so that the hundredth dialogue of a
    /// name does not open the ninety-nine folders before it.
    /// </summary>
    private string FreeName(string name, string? current, string dialogueId)
    {
        if (_nextRank.Count > MaxRememberedNames)
        {
            // Ranks are only a shortcut: the folders on disk stay the truth.
            _nextRank.Clear();
        }

        var rank = _nextRank.GetValueOrDefault(name, 1);
        var candidate = Ranked(name, rank);
        while (Directory.Exists(candidate) && candidate != current && !HoldsDialogue(candidate, dialogueId))
        {
            candidate = Ranked(name, ++rank);
        }

        _nextRank[name] = rank + 1;
        return candidate;
    }

    private string Ranked(string name, int rank) =>
        Path.Combine(_root, rank == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}-{rank}"));

    private static bool HoldsDialogue(string folder, string dialogueId)
    {
        var manifest = Directory.EnumerateFiles(folder, "*.json").FirstOrDefault();
        if (manifest is null)
        {
            return false;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        return json.RootElement.TryGetProperty("dialogueId", out var id) && id.GetString() == dialogueId;
    }

    private static async Task WriteAtomicallyAsync(
        string folder, string? name, ReadOnlyMemory<byte> bytes, CancellationToken cancel)
    {
        if (name is null)
        {
            return;
        }

        var final = Path.Combine(folder, name);
        var temporary = final + TemporarySuffix;
        await using (var file = new FileStream(
            temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await file.WriteAsync(bytes, cancel);
        }

        File.Move(temporary, final, overwrite: true);
    }

    /// <summary>Keeps a name from the wire safe as a file name: letters, digits, '-' and '_', 40 at most.</summary>
    private static string Safe(string value)
    {
        var chars = value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').Take(40).ToArray();
        return chars.Length == 0 ? "x" : new string(chars);
    }

    private sealed class DialogueFolder
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Path { get; set; }

        /// <summary>The folder's name before its rank.</summary>
        public string? Name { get; set; }

        public bool HasNumeroDemande { get; set; }
    }
}
