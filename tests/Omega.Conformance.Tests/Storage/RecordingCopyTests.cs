using Omega.Conformance.Recording;
using Omega.Conformance.Storage;
using Omega.Testing.Recordings;

namespace Omega.Conformance.Tests.Storage;

public sealed class RecordingCopyTests : IDisposable
{
    private readonly string _from = Directory.CreateTempSubdirectory("omega-copy-from-").FullName;
    private readonly string _to = Directory.CreateTempSubdirectory("omega-copy-to-").FullName;

    public void Dispose()
    {
        Directory.Delete(_from, recursive: true);
        Directory.Delete(_to, recursive: true);
    }

    [Fact]
    public async Task Copy_InBatches_CopiesEveryDialogueOnceAndTellsAfterEachBatch()
    {
        for (var i = 0; i < 5; i++)
        {
            await CraftedRecording.WriteAsync(
                _from,
                CraftedRecording.Exchange(1, "VerifierRecevabiliteMHS"),
                CraftedRecording.Exchange(2, "CreerDemandeMHS"));
        }

        var told = new Told();
        var (dialogues, exchanges) = await RecordingCopy.CopyAsync(
            new FileRecordingStore(_from), new FileRecordingStore(_to), DialogueQuery.All, told, batch: 2,
            CancellationToken.None);

        Assert.Equal((5, 10), (dialogues, exchanges));
        Assert.Equal([new(2, 5, 4), new(4, 5, 8), new(5, 5, 10)], told.Reports);
        var copied = await new FileRecordingStore(_to).ReadAsync(DialogueQuery.All, CancellationToken.None);
        Assert.Equal(5, copied.Count);
        Assert.All(copied, d => Assert.Equal(2, d.Exchanges.Count));
    }

    [Fact]
    public async Task Copy_Twice_KeepsOneCopy()
    {
        await CraftedRecording.WriteAsync(_from, CraftedRecording.Exchange(1, "CreerDemandeMHS"));
        var from = new FileRecordingStore(_from);

        await RecordingCopy.CopyAsync(from, new FileRecordingStore(_to), DialogueQuery.All, CancellationToken.None);
        await RecordingCopy.CopyAsync(from, new FileRecordingStore(_to), DialogueQuery.All, CancellationToken.None);

        var copied = Assert.Single(FileRecordingReader.Read([_to]));
        Assert.Single(copied.Exchanges);
    }

    /// <summary>Keeps the reports as they come, on the caller's thread.</summary>
    private sealed class Told : IProgress<RecordingCopyProgress>
    {
        public List<RecordingCopyProgress> Reports { get; } = [];

        public void Report(RecordingCopyProgress value) => Reports.Add(value);
    }
}
