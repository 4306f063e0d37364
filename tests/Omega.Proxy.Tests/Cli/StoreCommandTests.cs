using Omega.Conformance.Storage;
using Omega.Testing.Recordings;

namespace Omega.Proxy.Tests.Cli;

public sealed class StoreCommandTests : IDisposable
{
    private readonly string _from = Directory.CreateTempSubdirectory("omega-store-from-").FullName;
    private readonly string _to =
        Path.Combine(Path.GetTempPath(), "omega-store-to-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Directory.Delete(_from, recursive: true);
        if (Directory.Exists(_to))
        {
            Directory.Delete(_to, recursive: true);
        }
    }

    [Fact]
    public async Task Copy_OfMoreThanABatch_ShowsProgressOnTheErrorStreamAndOneLineOnTheOutput()
    {
        var count = RecordingCopy.DefaultBatch + 1;
        for (var i = 0; i < count; i++)
        {
            await CraftedRecording.WriteAsync(_from, CraftedRecording.Exchange(1, "CreerDemandeMHS"));
        }

        var run = await CliRun.InvokeAsync("store", "copy", "--from", _from, "--to", _to);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"copied {count} dialogues ({count} exchanges) from {_from} to {_to}", run.Output.TrimEnd());
        string[] progress =
        [
            $"copying: 100 of {count} dialogues, 100 exchanges",
            $"copying: {count} of {count} dialogues, {count} exchanges",
        ];
        Assert.Equal(progress, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(count, Directory.GetDirectories(_to).Length);
    }

    [Fact]
    public async Task Copy_OfOneBatch_WritesNoProgress()
    {
        await CraftedRecording.WriteAsync(_from, CraftedRecording.Exchange(1, "CreerDemandeMHS"));

        var run = await CliRun.InvokeAsync("store", "copy", "--from", _from, "--to", _to);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
    }
}
