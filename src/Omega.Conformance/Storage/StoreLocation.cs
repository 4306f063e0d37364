using Omega.Conformance.Storage.Postgres;

namespace Omega.Conformance.Storage;

/// <summary>
/// Where recordings and dialogue state are kept, as the command line names it: a folder, or a
/// PostgreSQL database as <c>postgres://user:password@host:port/database</c>.
/// </summary>
public sealed record StoreLocation
{
    private StoreLocation(string? folder, PostgresUrl? database)
    {
        Folder = folder;
        Database = database;
    }

    /// <summary>The folder of a file store; null for a database.</summary>
    public string? Folder { get; }

    /// <summary>The database; null for a file store.</summary>
    public PostgresUrl? Database { get; }

    public bool IsDatabase => Database is not null;

    /// <summary>For people and logs: the folder, or the URL without its password.</summary>
    public string Description => Database?.Description ?? Path.GetFullPath(Folder!);

    public static bool LooksLikeDatabase(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a location; a problem is returned as a one-line reason rather than thrown.</summary>
    public static StoreLocation? TryParse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "a store is a folder or a postgres:// URL, not an empty string";
            return null;
        }

        if (!LooksLikeDatabase(text))
        {
            return new StoreLocation(text, null);
        }

        var url = PostgresUrl.TryParse(text, out problem);
        return url is null ? null : new StoreLocation(null, url);
    }
}
