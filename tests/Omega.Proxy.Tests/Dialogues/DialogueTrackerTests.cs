using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Dialogue;
using Omega.Conformance.Soap;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Tests.Support;
using Omega.Testing;
using Omega.Testing.Mhs;

namespace Omega.Proxy.Tests.Dialogues;

public sealed class DialogueTrackerTests
{
    [Fact]
    public void Answered_MoreEndedDialoguesThanItRemembers_ForgetsTheOldestAndTheRecorderToo()
    {
        var recorder = new ForgettingRecorder();
        var tracker = new DialogueTracker(new FakeTimeProvider(SimulatedOmega.Monday), recorder);

        var oldest = End(tracker, "MHS000000000");
        var next = End(tracker, "MHS000000001");
        for (var i = 2; i <= DialogueTracker.EndedCapacity; i++)
        {
            End(tracker, $"MHS{i:D9}");
        }

        Assert.Equal(DialogueTracker.EndedCapacity, tracker.Count);
        Assert.Equal([oldest.Id], recorder.Forgotten);
        Assert.NotSame(oldest, tracker.Attach(Request("MHS000000000"), operation: null));
        Assert.Same(next, tracker.Attach(Request("MHS000000001"), operation: null));
    }

    private static TrackedDialogue End(DialogueTracker tracker, string numero)
    {
        var dialogue = tracker.Attach(Request(numero), operation: null);
        dialogue.State = new DialogueState { Status = "abandonnée", IsOver = true, NumeroDemande = numero };
        tracker.Answered(dialogue);
        return dialogue;
    }

    private static MessageElement Request(string numero) =>
        Contracts.Validate(MhsRequests.AbandonnerDemande(numero)).Message!;

    private sealed class ForgettingRecorder : IExchangeRecorder
    {
        public List<string> Forgotten { get; } = [];

        public ValueTask RecordAsync(Exchange exchange, CancellationToken cancel) => ValueTask.CompletedTask;

        public ValueTask RecordEndAsync(
            TrackedDialogue dialogue, DialogueStep step, DateTimeOffset at, CancellationToken cancel) =>
            ValueTask.CompletedTask;

        public void Forget(TrackedDialogue dialogue) => Forgotten.Add(dialogue.Id);
    }
}
