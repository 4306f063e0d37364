using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Storage;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Support;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Proxy.Tests.Dialogues;

public sealed class DialogueTrackerTests
{
    [Fact]
    public async Task Expired_MoreEndedDialoguesThanItKeeps_ForgetsTheOldestAndTheRecorderToo()
    {
        var recorder = new ForgettingRecorder();
        var tracker = new DialogueTracker(
            new MemoryDialogueStore(), recorder, new FakeTimeProvider(SimulatedOmega.Monday),
            NullLogger<DialogueTracker>.Instance);

        var oldest = await EndAsync(tracker, "MHS000000000");
        var next = await EndAsync(tracker, "MHS000000001");
        for (var i = 2; i <= DialogueTracker.EndedCapacity; i++)
        {
            await EndAsync(tracker, $"MHS{i:D9}");
        }

        Assert.Equal(DialogueTracker.EndedCapacity, tracker.Count);
        Assert.Equal([oldest.Id], recorder.Forgotten);
        Assert.NotSame(oldest, await AttachAsync(tracker, "MHS000000000"));
        Assert.Same(next, await AttachAsync(tracker, "MHS000000001"));
    }

    private static async Task<TrackedDialogue> EndAsync(DialogueTracker tracker, string numero)
    {
        var dialogue = await AttachAsync(tracker, numero);
        var over = new DialogueState { Status = "abandonnée", IsOver = true, NumeroDemande = numero };
        tracker.Expired(dialogue, dialogue.Stored with { State = over, Version = dialogue.Stored.Version + 1 });
        return dialogue;
    }

    private static ValueTask<TrackedDialogue> AttachAsync(DialogueTracker tracker, string numero)
    {
        var request = Contracts.Validate(MhsRequests.AbandonnerDemande(numero));
        return tracker.AttachAsync(request.Message, request.Binding?.Operation, CancellationToken.None);
    }

    private sealed class ForgettingRecorder : IExchangeRecorder
    {
        public List<string> Forgotten { get; } = [];

        public ValueTask RecordAsync(Exchange exchange, CancellationToken cancel) => ValueTask.CompletedTask;

        public ValueTask RecordEndAsync(
            StoredDialogue dialogue, DialogueStep step, DateTimeOffset at, CancellationToken cancel) =>
            ValueTask.CompletedTask;

        public void Forget(string dialogueId) => Forgotten.Add(dialogueId);
    }
}
