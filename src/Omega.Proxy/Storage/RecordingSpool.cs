using System.Globalization;
using System.Text.Json;

namespace Omega.Proxy.Storage;

/// <summary>
/// A local folder that keeps, in order, the writes the database could not take, until they are
/// drained into it. Crash-safe as the file store: each entry is written under a temporary name and
/// renamed, so a killed proxy leaves whole entries or leftovers that are not read. Entries are named
/// by a rank that only grows, so the folder lists them in the order they came.
/// </summary>
internal sealed class RecordingSpool
{
    private const string Extension = ".json";
    private const string Temporary = ".partial";

    private long _rank;
    private int _count;

    public RecordingSpool(string folder)
    {
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
        foreach (var leftover in Directory.GetFiles(Folder, "*" + Temporary))
        {
            File.Delete(leftover);
        }

        var entries = Entries();
        _count = entries.Count;
        _rank = entries.Count == 0 ? 0 : long.Parse(Path.GetFileNameWithoutExtension(entries[^1]),
            CultureInfo.InvariantCulture);
    }

    public string Folder { get; }

    /// <summary>Where entries the database refused for good are kept, for people to look at.</summary>
    public string Rejected => Path.Combine(Folder, "rejected");

    /// <summary>How many entries wait to be drained.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <exception cref="IOException">The entry could not be written: it is lost, and the caller says so.</exception>
    public async Task AddAsync(SpoolEntry entry, CancellationToken cancel)
    {
        var name = Interlocked.Increment(ref _rank).ToString("D16", CultureInfo.InvariantCulture) + Extension;
        var final = Path.Combine(Folder, name);
        await using (var file = new FileStream(final + Temporary, FileMode.Create, FileAccess.Write, FileShare.None,
            4096, useAsync: true))
        {
            await JsonSerializer.SerializeAsync(file, entry, SpoolJson.Default.SpoolEntry, cancel);
        }

        File.Move(final + Temporary, final);
        Interlocked.Increment(ref _count);
    }

    /// <summary>The entries waiting, oldest first, as files.</summary>
    public IReadOnlyList<string> Entries() =>
        [.. Directory.GetFiles(Folder, "*" + Extension).Order(StringComparer.Ordinal)];

    public static SpoolEntry Read(string file) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(file), SpoolJson.Default.SpoolEntry)
        ?? throw new JsonException($"'{file}' is empty");

    /// <summary>Removes an entry once the database holds it.</summary>
    public void Remove(string file)
    {
        File.Delete(file);
        Interlocked.Decrement(ref _count);
    }

    /// <summary>Moves an entry the database refused for good out of the way of the others.</summary>
    public void Reject(string file)
    {
        Directory.CreateDirectory(Rejected);
        File.Move(file, Path.Combine(Rejected, Path.GetFileName(file)), overwrite: true);
        Interlocked.Decrement(ref _count);
    }
}
