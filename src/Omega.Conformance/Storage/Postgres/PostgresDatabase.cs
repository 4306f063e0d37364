using Npgsql;

namespace Omega.Conformance.Storage.Postgres;

/// <summary>
/// One PostgreSQL database of the store: its pooled connections, and its schema, brought to the
/// version this tool knows before first use. Instances starting together migrate one at a time:
/// each holds an advisory lock for the length of its migration transaction.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    /// <summary>The advisory lock every omega instance takes to migrate: "omega" in ASCII.</summary>
    private const long MigrationLock = 0x6F6D656761;

    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _ready;

    public PostgresDatabase(PostgresUrl url, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
        _source = NpgsqlDataSource.Create(url.ConnectionString(timeout));
    }

    public PostgresUrl Url { get; }

    /// <summary>The newest schema version this tool knows.</summary>
    public static int SchemaVersion => PostgresMigrations.All[^1].Version;

    /// <summary>A connection on a database whose schema is up to date.</summary>
    /// <exception cref="System.Data.Common.DbException">The database cannot be reached or migrated.</exception>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancel)
    {
        var connection = await _source.OpenConnectionAsync(cancel);
        try
        {
            if (!_ready)
            {
                await MigrateAsync(connection, cancel);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Checks that the database answers; migrates it on the way when it was never reached.</summary>
    public async Task PingAsync(CancellationToken cancel)
    {
        await using var connection = await OpenAsync(cancel);
        await using var command = new NpgsqlCommand("select 1", connection);
        await command.ExecuteScalarAsync(cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        _migrating.Dispose();
    }

    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken cancel)
    {
        await _migrating.WaitAsync(cancel);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancel);
            await ExecuteAsync(connection, $"select pg_advisory_xact_lock({MigrationLock})", cancel);
            await ExecuteAsync(connection, """
                create table if not exists omega_schema_version (
                    version integer primary key,
                    description text not null,
                    applied_at timestamptz not null default now())
                """, cancel);
            await using var current = new NpgsqlCommand("select coalesce(max(version), 0) from omega_schema_version",
                connection);
            var version = (int)(await current.ExecuteScalarAsync(cancel))!;
            if (version > SchemaVersion)
            {
                throw new StoreException(
                    $"the database {Url.Description} has schema version {version}, newer than this omega knows "
                        + $"({SchemaVersion})");
            }

            foreach (var (number, description, sql) in PostgresMigrations.All.Where(m => m.Version > version))
            {
                await ExecuteAsync(connection, sql, cancel);
                await using var noted = new NpgsqlCommand(
                    "insert into omega_schema_version (version, description) values ($1, $2)", connection);
                noted.Parameters.Add(new() { Value = number });
                noted.Parameters.Add(new() { Value = description });
                await noted.ExecuteNonQueryAsync(cancel);
            }

            await transaction.CommitAsync(cancel);
            _ready = true;
        }
        finally
        {
            _migrating.Release();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancel);
    }
}
