using Omega.Conformance.Dialogue;
using Omega.Conformance.Services;
using Omega.Conformance.Storage;

namespace Omega.Conformance.Tests.Storage;

/// <summary>What every dialogue store does alike: the memory one and the PostgreSQL one run these same tests.</summary>
public abstract class DialogueStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly DialogueState Waiting = new() { Status = "en attente de RDV", NumeroDemande = "MHS1",
        AwaitsSupplier = true };
    private int _ids;

    protected abstract Task<IDialogueStore> StoreAsync();

    [Fact]
    public async Task Attach_CreationAfterACompletedCheck_ContinuesTheCheck()
    {
        var store = await StoreAsync();
        var check = await AttachAsync(store, Keys(OperationRole.Check));
        await store.CommitAsync(check, new DialogueChange("MHS", OperationRole.Check, null, Now), default);

        var creation = await AttachAsync(store, Keys(OperationRole.Creation));

        Assert.Equal(check.Id, creation.Id);
    }

    [Fact]
    public async Task Attach_TwoCreationsAfterOneCheck_OnlyTheFirstContinuesIt()
    {
        var store = await StoreAsync();
        var check = await AttachAsync(store, Keys(OperationRole.Check));
        await store.CommitAsync(check, new DialogueChange("MHS", OperationRole.Check, null, Now), default);

        var first = await AttachAsync(store, Keys(OperationRole.Creation));
        var second = await AttachAsync(store, Keys(OperationRole.Creation));

        Assert.Equal(check.Id, first.Id);
        Assert.NotEqual(check.Id, second.Id);
    }

    [Fact]
    public async Task Attach_CreationAfterAnUnansweredCreation_ContinuesIt()
    {
        var store = await StoreAsync();
        var first = await AttachAsync(store, Keys(OperationRole.Creation));
        var unanswered = new DialogueState { Status = "Aucune demande" };
        await store.CommitAsync(first, new DialogueChange("MHS", OperationRole.Creation, unanswered, Now), default);

        var again = await AttachAsync(store, Keys(OperationRole.Creation));

        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public async Task Attach_CreationWhileTheCheckIsInFlight_BeginsItsOwnDialogue()
    {
        var store = await StoreAsync();
        var check = await AttachAsync(store, Keys(OperationRole.Check));

        var creation = await AttachAsync(store, Keys(OperationRole.Creation));

        Assert.NotEqual(check.Id, creation.Id);
    }

    [Fact]
    public async Task Attach_TheNumeroDemandeACommitLearned_FindsTheDialogue()
    {
        var store = await StoreAsync();
        var creation = await AttachAsync(store, Keys(OperationRole.Creation));
        await store.CommitAsync(creation, new DialogueChange("MHS", OperationRole.Creation, Waiting, Now), default);

        var followUp = await AttachAsync(store, new DialogueKeys("GS9912", null, "MHS1", OperationRole.FollowUp));

        Assert.Equal(creation.Id, followUp.Id);
        Assert.Equal(Json(Waiting), Json(followUp.State));
        Assert.Equal(1, followUp.Sequence);
    }

    [Fact]
    public async Task Commit_OnAVersionAnotherCommitMoved_FailsAndTheDialogueKeepsTheFirst()
    {
        var store = await StoreAsync();
        var basis = await AttachAsync(store, Keys(OperationRole.Creation));

        var first = await store.CommitAsync(basis, new DialogueChange("MHS", OperationRole.Creation, Waiting, Now),
            default);
        var second = await store.CommitAsync(basis, new DialogueChange("MHS", OperationRole.Creation, null, Now),
            default);

        Assert.NotNull(first);
        Assert.Null(second);
        var now = await store.FindAsync(basis.Id, default);
        Assert.Equal((Json(Waiting), 1L, 1), (Json(now!.State), now.Version, now.Sequence));
    }

    [Fact]
    public async Task Idle_AnOpenDialogueNothingMoved_IsListedAndAnEndByTheWindowTakesNoRank()
    {
        var store = await StoreAsync();
        var basis = await AttachAsync(store, Keys(OperationRole.Creation));
        var waiting = await store.CommitAsync(basis, new DialogueChange("MHS", OperationRole.Creation, Waiting, Now),
            default);

        var idle = await store.IdleAsync(Now.AddMinutes(6), default);
        var ended = await store.CommitAsync(
            waiting!, new DialogueChange(null, null, Waiting with { IsOver = true }, Now.AddMinutes(6),
                IsExchange: false), default);

        Assert.Equal(basis.Id, Assert.Single(idle).Id);
        Assert.Equal((1, true), (ended!.Sequence, ended.Ended));
        Assert.Empty(await store.IdleAsync(Now.AddMinutes(7), default));
    }

    /// <summary>States hold lists, which records compare by reference: compare what they say.</summary>
    private static string Json(DialogueState? state) => System.Text.Json.JsonSerializer.Serialize(state);

    private static DialogueKeys Keys(OperationRole role) => new("GS9912", "19112345678901", null, role);

    private ValueTask<StoredDialogue> AttachAsync(IDialogueStore store, DialogueKeys keys) =>
        store.AttachAsync(keys, Now, () => $"{GetType().Name}-{Guid.NewGuid():N}-{Interlocked.Increment(ref _ids)}",
            default);
}
