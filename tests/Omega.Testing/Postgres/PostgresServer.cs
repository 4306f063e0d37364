using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Omega.Testing.Postgres;

/// <summary>
/// A PostgreSQL server of the tests' own: a fresh cluster in a temporary folder, on a free loopback
/// port, never the system's. initdb and postgres refuse to run as root, so under root (CI) they run
/// as the postgres user. A watchdog beside the server stops it when the test process goes, however
/// it goes. A server that cannot start fails the test that needs it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string User = "omega";

    private static readonly Lazy<Task<PostgresServer>> SharedServer = new(StartSharedAsync);

    private readonly string _bin;
    private readonly string _data;
    private Process? _process;

    private PostgresServer(string bin, string data, int port, string password)
    {
        _bin = bin;
        _data = data;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    /// <summary>Made for this run; the cluster lives only as long as the tests.</summary>
    public string Password { get; }

    /// <summary>
    /// One server for the whole test process, stopped when it exits; each test takes its own database on it.
    /// </summary>
    public static Task<PostgresServer> Shared => SharedServer.Value;

    /// <summary>A server for one test alone: one that the test stops and starts again.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        // Under root the server runs as postgres, which may not enter root's TMPDIR: /tmp is open to all.
        var parent = Environment.UserName == "root" ? "/tmp" : Path.GetTempPath();
        SweepLeftovers(parent);
        var data = Path.Combine(parent, $"omega-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        await InitAsync(bin, data, password);
        var server = new PostgresServer(bin, data, FreePort(), password);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>The URL of a database on this server, as omega takes it.</summary>
    public string Url(string database) => $"postgres://{User}:{Password}@127.0.0.1:{Port}/{database}";

    /// <summary>A new, empty database: the URL of a store no other test shares.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "omega_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"create database {name}", connection);
        await command.ExecuteNonQueryAsync();
        return Url(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Password={Password};Database={database};Pooling=false";

    /// <summary>Stops the server as an administrator would (fast shutdown: open sessions are cut).</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await RunAsync(Tool("pg_ctl"), ["-D", _data, "-m", "fast", "-w", "stop"]);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server on its data and port, and waits until it takes connections.</summary>
    public async Task StartAgainAsync()
    {
        // The watchdog: when the test process is gone, it stops the server and removes its data.
        var owner = "/proc/" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var script = string.Join(' ',
            Quote(Tool("postgres")), "-D", Quote(_data), "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300",
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off &")
            + " pg=$!; while kill -0 $pg 2>/dev/null && [ -d " + owner + " ]; do sleep 0.5; done;"
            + " kill -INT $pg 2>/dev/null; wait $pg; [ -d " + owner + " ] || rm -rf " + Quote(_data);
        _process = Process.Start(AsPostgres("/bin/sh", ["-c", script]))
            ?? throw new InvalidOperationException("PostgreSQL could not be started");

        // The server logs to its standard error: read it, or a full pipe would stall the server.
        var log = new System.Text.StringBuilder();
        _process.ErrorDataReceived += (_, line) =>
        {
            lock (log)
            {
                log.Append(log.Length < 64 * 1024 ? line.Data + "\n" : string.Empty);
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (NpgsqlException e)
            {
                lock (log)
                {
                    throw new InvalidOperationException($"PostgreSQL did not start on port {Port}: {log}", e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_data, recursive: true);
    }

    private static async Task<PostgresServer> StartSharedAsync()
    {
        var server = await StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }

    private static async Task InitAsync(string bin, string data, string password)
    {
        var passwordFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(passwordFile, password);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(passwordFile,
                    UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }

            await RunAsync(Path.Combine(bin, "initdb"), [
                "-D", data, "-U", User, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8",
                    "--locale=C", "--no-sync",
            ]);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private static async Task RunAsync(string tool, string[] arguments)
    {
        using var process = Process.Start(AsPostgres(tool, arguments))
            ?? throw new InvalidOperationException($"{tool} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(tool)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    /// <summary>Runs a tool as the postgres user when the tests run as root, as themselves otherwise.</summary>
    private static ProcessStartInfo AsPostgres(string tool, IEnumerable<string> arguments)
    {
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (root)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", tool })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private string Tool(string name) => Path.Combine(_bin, name);

    /// <summary>The newest PostgreSQL installed from Debian's packages, or OMEGA_PG_BIN.</summary>
    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("OMEGA_PG_BIN");
        var candidates = configured is { Length: > 0 }
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                    .Select(d => Path.Combine(d, "bin"))
                    .ToArray()
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "PostgreSQL is not installed: the store's tests need initdb and postgres (Debian package postgresql, "
                + "which .ci/run installs), or OMEGA_PG_BIN naming their folder.");
    }

    /// <summary>Removes the clusters of test processes that are gone and could not clean up after themselves.</summary>
    private static void SweepLeftovers(string parent)
    {
        foreach (var folder in Directory.GetDirectories(parent, "omega-pg-*"))
        {
            var owner = Path.GetFileName(folder).Split('-') is [_, _, var pid, _] ? pid : null;
            if (owner is not null && !Directory.Exists("/proc/" + owner)
                && !File.Exists(Path.Combine(folder, "postmaster.pid")))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another user's leftover: not ours to remove.
                }
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
