using System.CommandLine;
using System.Data.Common;
using Omega.Conformance.Recording;
using Omega.Conformance.Storage;

namespace Omega.Proxy.Cli.Stores;

/// <summary>
/// A store a command reads or writes: a folder, or a database URL. Without the flag, the store the
/// proxy's settings name (Omega__Proxy__Store, which keeps a password off the command line), else
/// the recordings/ folder.
/// </summary>
internal static class StoreArgument
{
    public const string EnvironmentVariable = "Omega__Proxy__Store";

    public static Option<string> Create(string name, string description) => new(name)
    {
        Description = description + $" (default ${EnvironmentVariable}, else recordings/)",
        HelpName = "DIR|URL",
    };

    public static string Default => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } store
        ? store : "recordings";

    /// <summary>
    /// Opens the store and runs <paramref name="work"/> on it; what makes it fail (no such folder, a
    /// database out of reach, a schema newer than this tool) becomes the command's one-line reason.
    /// </summary>
    public static async Task<int> RunAsync(
        CliConsole console, string text, Func<IRecordingStore, Task<int>> work, bool mustExist = true)
    {
        if (StoreLocation.TryParse(text, out var problem) is not { } location)
        {
            return console.Fail(problem!);
        }

        if (mustExist && location.Folder is { } folder && !Directory.Exists(folder))
        {
            return console.Fail($"no recording folder at '{folder}'");
        }

        try
        {
            await using var store = RecordingStores.Open(location);
            return await work(store.Recordings);
        }
        catch (Exception e) when (Failure(e, location.Description) is { } reason)
        {
            return console.Fail(reason);
        }
    }

    /// <summary>Reads the dialogues a query selects from each store in turn.</summary>
    /// <exception cref="RecordingException">A location is no store, or a folder is missing.</exception>
    public static Task<List<RecordedDialogue>> ReadAsync(
        IEnumerable<string> locations, DialogueQuery query, CancellationToken cancel) =>
        FromEachAsync(locations, store => store.ReadAsync(query, cancel));

    /// <summary>Lists, without their bodies, the dialogues a query selects from each store in turn.</summary>
    /// <exception cref="RecordingException">A location is no store, or a folder is missing.</exception>
    public static Task<List<DialogueListing>> ListAsync(
        IEnumerable<string> locations, DialogueQuery query, CancellationToken cancel) =>
        FromEachAsync(locations, store => store.ListAsync(query, cancel));

    private static async Task<List<T>> FromEachAsync<T>(
        IEnumerable<string> locations, Func<IRecordingStore, Task<IReadOnlyList<T>>> read)
    {
        var found = new List<T>();
        foreach (var text in locations)
        {
            var location = StoreLocation.TryParse(text, out var problem) ?? throw new RecordingException(problem!);
            if (location.Folder is { } folder && !Directory.Exists(folder))
            {
                throw new RecordingException($"no recording folder at '{folder}'");
            }

            await using var store = RecordingStores.Open(location);
            found.AddRange(await read(store.Recordings));
        }

        return found;
    }

    /// <summary>The one-line reason a store failed a command, or null for a fault of the tool itself.</summary>
    public static string? Failure(Exception e, string store) => e switch
    {
        RecordingException or StoreException or IOException or UnauthorizedAccessException => e.Message,
        DbException => $"the database {store} failed: {e.Message}",
        TimeoutException => $"the database {store} did not answer: {e.Message}",
        _ => null,
    };
}
