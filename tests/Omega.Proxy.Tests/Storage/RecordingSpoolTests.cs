using Omega.Conformance.Recording;
using Omega.Proxy.Storage;

namespace Omega.Proxy.Tests.Storage;

public sealed class RecordingSpoolTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("omega-spool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Spool_ReopenedAfterACrash_KeepsWholeEntriesInOrderAndDropsHalfWrittenOnes()
    {
        var spool = new RecordingSpool(_folder);
        await spool.AddAsync(Entry("first"), CancellationToken.None);
        await spool.AddAsync(Entry("second"), CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(_folder, "0000000000000003.json.partial"), "{\"dialo");

        var reopened = new RecordingSpool(_folder);
        await reopened.AddAsync(Entry("third"), CancellationToken.None);

        Assert.Equal(3, reopened.Count);
        Assert.Equal(["first", "second", "third"], reopened.Entries().Select(f =>
            RecordingSpool.Read(f).Manifest!.ExchangeId));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial"));
    }

    [Fact]
    public async Task Remove_AnEntryTheDatabaseHolds_LeavesTheOthers()
    {
        var spool = new RecordingSpool(_folder);
        await spool.AddAsync(Entry("first"), CancellationToken.None);
        await spool.AddAsync(Entry("second"), CancellationToken.None);

        spool.Remove(spool.Entries()[0]);

        Assert.Equal(1, spool.Count);
        Assert.Equal("second", RecordingSpool.Read(Assert.Single(spool.Entries())).Manifest!.ExchangeId);
    }

    private static SpoolEntry Entry(string exchangeId) => SpoolEntry.Of(new RecordingEntry(
        new DialogueRef("d1", DateTimeOffset.UnixEpoch, "19112345678901", null),
        new ExchangeManifest
        {
            ExchangeId = exchangeId,
            DialogueId = "d1",
            Verdict = "pass",
            Request = new RecordedMessage(),
            Response = new RecordedMessage(),
        },
        "<request/>"u8.ToArray(),
        "<response/>"u8.ToArray()));
}
