namespace Omega.Proxy.Tests.Cli;

public sealed class CommandLineAppTests
{
    [Theory]
    [InlineData("store copy --bogus", "omega store copy --help")]
    [InlineData("validate --format xml x.xml", "omega validate --help")]
    [InlineData("--bogus", "omega --help")]
    public async Task WrongUse_PointsToTheHelpOfTheCommandUsed(string line, string help)
    {
        var run = await CliRun.InvokeAsync(line.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"(see '{help}')", run.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
