using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;
using Omega.Conformance.Storage;

namespace Omega.Conformance.Tests.Storage;

public sealed class MemoryDialogueStoreTests : DialogueStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Commit_MoreEndedDialoguesThanItKeeps_ForgetsTheOneThatEndedFirst()
    {
        var store = new MemoryDialogueStore();

        var first = await EndAsync(store, 0);
        for (var i = 1; i <= MemoryDialogueStore.EndedCapacity; i++)
        {
            await EndAsync(store, i);
        }

        Assert.Equal(MemoryDialogueStore.EndedCapacity, store.Count);
        Assert.Null(await store.FindAsync(first.Id, default));
        Assert.Null(store.Known(Keys(0)));
        Assert.NotNull(store.Known(Keys(1)));
    }

    protected override Task<IDialogueStore> StoreAsync() => Task.FromResult<IDialogueStore>(new MemoryDialogueStore());

    private static async Task<StoredDialogue> EndAsync(MemoryDialogueStore store, int rank)
    {
        var begun = await store.AttachAsync(Keys(rank), Now, () => $"d{rank}", default);
        var over = new DialogueState { Status = "abandonnée", IsOver = true, NumeroDemande = Numero(rank) };
        return (await store.CommitAsync(begun, new DialogueChange("MHS", OperationRole.FollowUp, over, Now), default))!;
    }

    private static DialogueKeys Keys(int rank) => new("GS9912", "19112345678901", Numero(rank), OperationRole.FollowUp);

    private static string Numero(int rank) => $"MHS{rank:D9}";
}
