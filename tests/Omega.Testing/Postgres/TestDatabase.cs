using Omega.Conformance.Storage.Postgres;

namespace Omega.Testing.Postgres;

/// <summary>A fresh database of one test on the shared server, and the store's handle on it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string url, PostgresDatabase database)
    {
        Url = url;
        Database = database;
    }

    /// <summary>The postgres:// URL, as a user gives it to --store.</summary>
    public string Url { get; }

    public PostgresDatabase Database { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = await PostgresServer.Shared;
        var url = await server.CreateDatabaseAsync();
        return new TestDatabase(url, Open(url));
    }

    /// <summary>Another handle on the same database, as a second instance of omega opens it.</summary>
    public static PostgresDatabase Open(string url) =>
        new(PostgresUrl.TryParse(url, out var problem) ?? throw new ArgumentException(problem),
            TimeSpan.FromSeconds(30));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
