using Omega.Conformance.Recording;
using Omega.Conformance.Storage.Postgres;

namespace Omega.Conformance.Storage;

/// <summary>Opens the recordings of a store location, for the commands that read or copy them.</summary>
public static class RecordingStores
{
    /// <summary>How long a command waits on the database before it gives up.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The store at <paramref name="location"/>; dispose it to close its connections.</summary>
    public static OpenedStore Open(StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Database is not { } url)
        {
            return new OpenedStore(new FileRecordingStore(location.Folder!), null);
        }

        var database = new PostgresDatabase(url, CommandTimeout);
        return new OpenedStore(new PostgresRecordingStore(database), database);
    }
}
