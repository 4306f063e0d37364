using Omega.Conformance.Recording;

namespace Omega.Conformance.Tests.Recording;

public sealed class FileRecordingStoreTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 15, 0, TimeSpan.Zero);
    private readonly string _root = Directory.CreateTempSubdirectory("omega-store-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Append_ThenRead_GivesBackEveryExchangeInOrderWithItsBodies()
    {
        var store = new FileRecordingStore(_root);

        await store.AppendAsync(Entry(1, "VerifierRecevabiliteMHS", numeroDemande: null), CancellationToken.None);
        await store.AppendAsync(Entry(2, "CreerDemandeMHS", numeroDemande: "MHS42"), CancellationToken.None);

        var dialogue = Assert.Single(FileRecordingReader.Read([_root]));
        Assert.Equal("20261203T101500Z_19112345678901_MHS42", dialogue.Name);
        Assert.Equal(
            ["VerifierRecevabiliteMHS", "CreerDemandeMHS"], dialogue.Exchanges.Select(e => e.Manifest.Operation));
        Assert.Equal("<request 2/>"u8.ToArray(), dialogue.Exchanges[1].Request.ToArray());
        Assert.Equal("<response 2/>"u8.ToArray(), dialogue.Exchanges[1].Response.ToArray());
        Assert.Equal("error", dialogue.Exchanges[1].Manifest.Violations.Single().Severity);
    }

    [Fact]
    public async Task Read_OfNamedDialogues_ReadsTheirFoldersAlone()
    {
        var store = new FileRecordingStore(_root);
        await store.AppendAsync(Entry(1, "CreerDemandeMHS", numeroDemande: "MHS42"), CancellationToken.None);
        var broken = Directory.CreateDirectory(Path.Combine(_root, "20261203T101600Z_19112345678902_MHS43"));
        await File.WriteAllTextAsync(Path.Combine(broken.FullName, "0001-CreerDemandeMHS.json"), "{ not json");

        var named = await store.ReadAsync(
            new DialogueQuery { Dialogues = ["20261203T101500Z_19112345678901_MHS42"] }, CancellationToken.None);

        Assert.Equal("MHS42", Assert.Single(named).Exchanges.Single().Manifest.NumeroDemande);
        await Assert.ThrowsAsync<RecordingException>(() => store.ReadAsync(DialogueQuery.All, CancellationToken.None));
    }

    [Fact]
    public async Task ListAndSelectedRead_OpenOnlyTheBodiesOfTheSelectedDialogues()
    {
        var store = new FileRecordingStore(_root);
        await store.AppendAsync(Entry(1, "CreerDemandeMHS", "MHS42", dialogueId: "d1"), CancellationToken.None);
        await store.AppendAsync(Entry(1, "CreerDemandeMHS", "MHS43", dialogueId: "d2"), CancellationToken.None);
        var other = Directory.GetDirectories(_root).Single(d => d.EndsWith("MHS43", StringComparison.Ordinal));
        File.Delete(Path.Combine(other, "0001-CreerDemandeMHS.request.xml"));

        var listed = await store.ListAsync(DialogueQuery.All, CancellationToken.None);
        var read = await store.ReadAsync(new DialogueQuery { Dialogues = ["d1"] }, CancellationToken.None);

        Assert.Equal(["MHS42", "MHS43"], listed.Select(l => l.NumeroDemande).Order(StringComparer.Ordinal));
        Assert.Equal("<request 1/>"u8.ToArray(), Assert.Single(read).Exchanges.Single().Request.ToArray());
        await Assert.ThrowsAsync<RecordingException>(() => store.ReadAsync(DialogueQuery.All, CancellationToken.None));
    }

    [Fact]
    public async Task Append_BeforeTheNumeroDemandeIsKnown_NamesTheFolderPending()
    {
        var store = new FileRecordingStore(_root);

        await store.AppendAsync(Entry(1, "VerifierRecevabiliteMHS", numeroDemande: null), CancellationToken.None);

        var folder = Assert.Single(Directory.GetDirectories(_root));
        Assert.Equal("20261203T101500Z_19112345678901_pending", Path.GetFileName(folder));
    }

    [Fact]
    public async Task Append_TwoDialoguesWithTheSameName_GetTwoFolders()
    {
        var store = new FileRecordingStore(_root);

        await store.AppendAsync(Entry(1, "VerifierRecevabiliteMHS", null, dialogueId: "a"), CancellationToken.None);
        await store.AppendAsync(Entry(1, "VerifierRecevabiliteMHS", null, dialogueId: "b"), CancellationToken.None);

        Assert.Equal(2, Directory.GetDirectories(_root).Length);
    }

    [Fact]
    public async Task Append_ManyDialoguesWithTheSameNameAtOnce_EachGetsItsOwnFolder()
    {
        var store = new FileRecordingStore(_root);
        const string Name = "20261203T101500Z_19112345678901_MHS42";
        var earlier = Enumerable.Range(1, 300)
            .Select(rank => Path.Combine(_root, rank == 1 ? Name : $"{Name}-{rank}"))
            .ToList();
        earlier.ForEach(folder => Directory.CreateDirectory(folder));

        await Task.WhenAll(Enumerable.Range(0, 64).Select(index => Task.Run(async () => await store.AppendAsync(
            Entry(1, "CreerDemandeMHS", "MHS42", dialogueId: $"d{index}"), CancellationToken.None))));

        var folders = Directory.GetDirectories(_root).Except(earlier).ToList();
        Assert.Equal(64, folders.Count);
        Assert.All(folders, folder => Assert.Single(Directory.GetFiles(folder, "*.json")));
    }

    [Fact]
    public async Task Append_AfterTheDialogueWasForgotten_FindsItsFolderAgain()
    {
        var store = new FileRecordingStore(_root);
        await store.AppendAsync(Entry(1, "VerifierRecevabiliteMHS", null), CancellationToken.None);

        store.Forget("d1");
        await store.AppendAsync(Entry(2, "CreerDemandeMHS", null), CancellationToken.None);

        var dialogue = Assert.Single(FileRecordingReader.Read([_root]));
        Assert.Equal(2, dialogue.Exchanges.Count);
    }

    [Fact]
    public async Task Read_LeftoverTemporaryFilesAndAManifestlessExchange_AreIgnored()
    {
        var store = new FileRecordingStore(_root);
        await store.AppendAsync(Entry(1, "VerifierRecevabiliteMHS", null), CancellationToken.None);
        var folder = Directory.GetDirectories(_root).Single();
        await File.WriteAllTextAsync(Path.Combine(folder, "0002-CreerDemandeMHS.request.xml"), "<whole/>");
        await File.WriteAllTextAsync(
            Path.Combine(folder, "0002-CreerDemandeMHS.json" + FileRecordingStore.TemporarySuffix), "{\"half");

        var dialogue = Assert.Single(FileRecordingReader.Read([folder]));

        Assert.Single(dialogue.Exchanges);
    }

    [Fact]
    public void Read_NoSuchFolder_Throws()
    {
        Assert.Throws<RecordingException>(() => FileRecordingReader.Read([Path.Combine(_root, "absent")]));
    }

    [Fact]
    public async Task Append_PceWithPathCharacters_CannotLeaveTheRecordingsFolder()
    {
        var store = new FileRecordingStore(_root);
        var entry = Entry(1, "VerifierRecevabiliteMHS", null);
        var hostile = entry with { Dialogue = entry.Dialogue with { NumeroPce = "../../etc/passwd" } };

        await store.AppendAsync(hostile, CancellationToken.None);

        var folder = Assert.Single(Directory.GetDirectories(_root));
        Assert.Equal("20261203T101500Z_etcpasswd_pending", Path.GetFileName(folder));
    }

    private static RecordingEntry Entry(int sequence, string operation, string? numeroDemande, string dialogueId = "d1")
    {
        var stem = FileRecordingStore.ExchangeStem(sequence, operation);
        var manifest = new ExchangeManifest
        {
            ExchangeId = $"x{sequence}",
            DialogueId = dialogueId,
            Sequence = sequence,
            Operation = operation,
            NumeroDemande = numeroDemande,
            StartedAt = Start.AddSeconds(sequence),
            Request = new RecordedMessage { File = stem + ".request.xml", Method = "POST", Path = "/" },
            Response = new RecordedMessage { File = stem + ".response.xml", Status = 200 },
            Verdict = "fail",
            Violations = [new RecordedViolation("request", "XSD002", "error", "/A/B", 3, "'B' is missing in 'A'.")],
        };
        return new RecordingEntry(
            new DialogueRef(dialogueId, Start, "19112345678901", numeroDemande),
            manifest,
            System.Text.Encoding.UTF8.GetBytes($"<request {sequence}/>"),
            System.Text.Encoding.UTF8.GetBytes($"<response {sequence}/>"));
    }
}
