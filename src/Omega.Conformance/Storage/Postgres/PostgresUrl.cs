using Npgsql;

namespace Omega.Conformance.Storage.Postgres;

/// <summary>
/// A database named as <c>postgres://user:password@host:port/database?sslmode=require</c>, the form
/// libpq and most tools take, turned into Npgsql's connection settings.
/// </summary>
public sealed class PostgresUrl
{
    private static readonly Dictionary<string, string> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["search_path"] = "Search Path",
        ["max_pool_size"] = "Maximum Pool Size",
    };

    private readonly string _connectionString;
    private readonly bool _connectTimeoutGiven;

    private PostgresUrl(string connectionString, bool connectTimeoutGiven, string description)
    {
        _connectionString = connectionString;
        _connectTimeoutGiven = connectTimeoutGiven;
        Description = description;
    }

    /// <summary>The URL without its password.</summary>
    public string Description { get; }

    /// <summary>The connection string, with the password: never to be logged.</summary>
    public string ConnectionString(TimeSpan timeout)
    {
        var seconds = (int)Math.Clamp(Math.Ceiling(timeout.TotalSeconds), 1, 1024);
        var builder = new NpgsqlConnectionStringBuilder(_connectionString) { CommandTimeout = seconds };
        if (!_connectTimeoutGiven)
        {
            builder.Timeout = seconds;
        }

        return builder.ConnectionString;
    }

    public static PostgresUrl? TryParse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql")
            || string.IsNullOrEmpty(uri.Host))
        {
            problem = "a database store is postgres://user:password@host:port/database";
            return null;
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            ApplicationName = "omega",
        };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.Split('=', 2) is [var n, var v] ? (n, Uri.UnescapeDataString(v)) : (pair,
                string.Empty);
            if (!Parameters.TryGetValue(name, out var key))
            {
                problem = $"the database URL parameter '{name}' is not one omega knows "
                    + $"({string.Join(", ", Parameters.Keys)})";
                return null;
            }

            builder[key] = value;
        }

        var shown = new UriBuilder(uri) { Password = string.Empty }.Uri.GetComponents(
            UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);
        var userPart = builder.Username is { } name2 ? Uri.EscapeDataString(name2) + "@" : string.Empty;
        var description = shown.Insert(shown.IndexOf("://", StringComparison.Ordinal) + 3, userPart);
        return new PostgresUrl(builder.ConnectionString, uri.Query.Contains("connect_timeout",
            StringComparison.OrdinalIgnoreCase), description);
    }
}
