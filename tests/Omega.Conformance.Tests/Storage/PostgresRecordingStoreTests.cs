using Npgsql;
using Omega.Conformance.Recording;
using Omega.Conformance.Storage;
using Omega.Conformance.Storage.Postgres;
using Omega.Testing;
using Omega.Testing.Postgres;

namespace Omega.Conformance.Tests.Storage;

/// <summary>The PostgreSQL store of recordings, on a real server, against the file store as the reference.</summary>
public sealed class PostgresRecordingStoreTests : IAsyncLifetime
{
    private static string Committed => RepositoryPaths.CommittedRecordings;

    private TestDatabase _database = null!;
    private PostgresRecordingStore _store = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _store = new PostgresRecordingStore(_database.Database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Copy_CommittedRecordingsIntoTheDatabase_ReadsBackEveryExchangeWithItsBodies()
    {
        var files = new FileRecordingStore(Committed);

        await RecordingCopy.CopyAsync(files, _store, DialogueQuery.All, CancellationToken.None);

        var expected = await files.ReadAsync(DialogueQuery.All, CancellationToken.None);
        var actual = await _store.ReadAsync(DialogueQuery.All, CancellationToken.None);
        Assert.Equal(Fingerprints(expected), Fingerprints(actual));
    }

    [Fact]
    public async Task Copy_Twice_KeepsOneCopyOfEachExchange()
    {
        var files = new FileRecordingStore(Committed);

        await RecordingCopy.CopyAsync(files, _store, DialogueQuery.All, CancellationToken.None);
        await RecordingCopy.CopyAsync(files, _store, DialogueQuery.All, CancellationToken.None);

        var listings = await _store.ListAsync(DialogueQuery.All, CancellationToken.None);
        var fileListings = await files.ListAsync(DialogueQuery.All, CancellationToken.None);
        Assert.Equal(fileListings.Sum(l => l.Exchanges), listings.Sum(l => l.Exchanges));
        Assert.Equal(fileListings.Count, listings.Count);
    }

    [Fact]
    public async Task CopyBack_DatabaseIntoAnEmptyFolder_GivesTheSameDialoguesAndNames()
    {
        var back = Directory.CreateTempSubdirectory("omega-copy-back-").FullName;
        try
        {
            var files = new FileRecordingStore(Committed);
            await RecordingCopy.CopyAsync(files, _store, DialogueQuery.All, CancellationToken.None);

            await RecordingCopy.CopyAsync(_store, new FileRecordingStore(back), DialogueQuery.All,
                CancellationToken.None);
            await RecordingCopy.CopyAsync(_store, new FileRecordingStore(back), DialogueQuery.All,
                CancellationToken.None);

            var expected = FileRecordingReader.Read([Committed]);
            var actual = FileRecordingReader.Read([back]);
            Assert.Equal(expected.Select(d => d.Name).Order(), actual.Select(d => d.Name).Order());
            Assert.Equal(Fingerprints(expected), Fingerprints(actual));
        }
        finally
        {
            Directory.Delete(back, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("DLG301", null, null)]
    [InlineData(null, "19112345678901", null)]
    [InlineData(null, null, "fail")]
    [InlineData(null, null, "pass")]
    [InlineData("MHS999", null, null)]
    public async Task List_AQuery_SelectsWhatTheFileStoreSelects(string? rule, string? pce, string? verdict)
    {
        var files = new FileRecordingStore(Committed);
        await RecordingCopy.CopyAsync(files, _store, DialogueQuery.All, CancellationToken.None);
        var query = new DialogueQuery { Rule = rule, NumeroPce = pce, Verdict = verdict };

        var expected = await files.ListAsync(query, CancellationToken.None);
        var actual = await _store.ListAsync(query, CancellationToken.None);

        Assert.Equal(expected.Select(Describe).Order(), actual.Select(Describe).Order());
    }

    [Fact]
    public async Task List_SinceAnInstant_LeavesOutTheDialoguesThatBeganBefore()
    {
        var files = new FileRecordingStore(Committed);
        await RecordingCopy.CopyAsync(files, _store, DialogueQuery.All, CancellationToken.None);

        var later = await _store.ListAsync(new DialogueQuery { Since = new DateTimeOffset(2026, 12, 7, 8, 0, 1,
            TimeSpan.Zero) }, default);
        var all = await _store.ListAsync(new DialogueQuery { Since = new DateTimeOffset(2026, 12, 7, 8, 0, 0,
            TimeSpan.Zero) }, default);

        Assert.Empty(later);
        Assert.Equal(7, all.Count);
    }

    [Fact]
    public async Task Migrate_ManyInstancesAtOnce_AppliesEachMigrationOnce()
    {
        var url = await (await PostgresServer.Shared).CreateDatabaseAsync();
        var databases = Enumerable.Range(0, 6).Select(_ => TestDatabase.Open(url)).ToList();
        try
        {
            await Task.WhenAll(databases.Select(d => d.PingAsync(CancellationToken.None)));

            await using var connection = await databases[0].OpenAsync(CancellationToken.None);
            await using var command = new NpgsqlCommand("select version from omega_schema_version order by version",
                connection);
            await using var reader = await command.ExecuteReaderAsync();
            var versions = new List<int>();
            while (await reader.ReadAsync())
            {
                versions.Add(reader.GetInt32(0));
            }

            Assert.Equal(Enumerable.Range(1, PostgresDatabase.SchemaVersion), versions);
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    private static string Describe(DialogueListing l) =>
        $"{l.Id} {l.Exchanges} {l.Failed} {l.Verdict} {string.Join(',', l.Rules)} {l.Status} {l.NumeroPce} "
            + $"{l.NumeroDemande}";

    /// <summary>Everything a recorded dialogue holds, by dialogue id.</summary>
    private static IEnumerable<string> Fingerprints(IEnumerable<RecordedDialogue> dialogues) => dialogues
        .OrderBy(d => d.Dialogue.Id, StringComparer.Ordinal)
        .SelectMany(d => d.Exchanges.Select(e =>
            $"{d.Dialogue.Id} {d.Dialogue.StartedAt:O} {e.Manifest.ExchangeId} {e.Manifest.Sequence} "
                + $"{e.Manifest.Verdict} "
            + $"{System.Text.Json.JsonSerializer.Serialize(e.Manifest)} {Convert.ToBase64String(e.Request.Span)} "
            + Convert.ToBase64String(e.Response.Span))
            .Append($"{d.Dialogue.Id} summary {System.Text.Json.JsonSerializer.Serialize(d.Summary)}"));
}
