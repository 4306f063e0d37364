using Omega.Conformance.Storage;
using Omega.Conformance.Storage.Postgres;
using Omega.Testing.Postgres;

namespace Omega.Conformance.Tests.Storage;

public sealed class PostgresDialogueStoreTests : DialogueStoreContract, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override Task<IDialogueStore> StoreAsync() =>
        Task.FromResult<IDialogueStore>(new PostgresDialogueStore(_database.Database));
}
