using BenchmarkDotNet.Attributes;
using Omega.Conformance.Recording;
using Omega.Conformance.Storage.Postgres;
using Omega.Testing;
using Omega.Testing.Postgres;

namespace Omega.Bench;

/// <summary>
/// What recording one exchange costs in each store: the file store (three files written and renamed)
/// against the PostgreSQL store (one batch of two statements). The exchange is the creation of a
/// committed recording, 4 KB with its manifest; dialogues of eight exchanges each, as in a campaign.
/// The database is a throwaway server on the loopback (fsync off, as the file store does not fsync
/// either), unless OMEGA_BENCH_POSTGRES names one: postgres://user:password@host:port/database.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks : IAsyncDisposable
{
    private const int Concurrency = 64;

    private PostgresServer? _server;
    private PostgresDatabase? _database;
    private string? _folder;
    private IRecordingStore _store = null!;
    private RecordedExchange _exchange = null!;
    private DialogueRef _dialogue = null!;
    private long _appended;

    [Params("file", "postgres")]
    public string Store { get; set; } = "file";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var recorded = FileRecordingReader.Read([RepositoryPaths.CommittedRecordings]);
        var dialogue = recorded.First(d => d.Exchanges.Count >= 2);
        (_exchange, _dialogue) = (dialogue.Exchanges[1], dialogue.Dialogue);
        if (Store == "file")
        {
            _folder = Directory.CreateTempSubdirectory("omega-bench-store-").FullName;
            _store = new FileRecordingStore(_folder);
            return;
        }

        var url = Environment.GetEnvironmentVariable("OMEGA_BENCH_POSTGRES");
        if (string.IsNullOrEmpty(url))
        {
            _server = await PostgresServer.StartAsync();
            url = await _server.CreateDatabaseAsync();
        }

        _database = new PostgresDatabase(PostgresUrl.TryParse(url, out var problem)
            ?? throw new ArgumentException(problem), TimeSpan.FromSeconds(30));
        await _database.PingAsync(CancellationToken.None);
        _store = new PostgresRecordingStore(_database);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
            _database = null;
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
            _folder = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CleanupAsync();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public ValueTask Append() => _store.AppendAsync(Next(), CancellationToken.None);

    /// <summary>Exchanges of 64 dialogues at once, as a busy proxy records them.</summary>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public Task AppendConcurrently() =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => _store.AppendAsync(Next(),
            CancellationToken.None).AsTask()));

    private RecordingEntry Next()
    {
        var rank = Interlocked.Increment(ref _appended);
        // A dialogue begins every eight exchanges, a second after the one before, as its folder is named.
        var dialogue = _dialogue with { Id = $"bench-{rank / 8}", StartedAt = _dialogue.StartedAt.AddSeconds(
            rank / 8) };
        var manifest = _exchange.Manifest with
        {
            ExchangeId = $"bench-{rank}",
            DialogueId = dialogue.Id,
            Sequence = (int)(rank % 8) + 1,
        };
        return new RecordingEntry(dialogue, manifest, _exchange.Request, _exchange.Response);
    }
}
