using Omega.Proxy.Cli;

namespace Omega.Proxy.Tests.Cli;

/// <summary>Runs the omega command line in process, as a user would run it, and keeps what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAtAsync(TimeProvider.System, args);

    /// <summary>Runs the command line with these bytes on its standard input.</summary>
    public static async Task<CliRun> InvokeWithInputAsync(byte[] input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(
            args, output, error, TimeProvider.System, CancellationToken.None, () => new MemoryStream(input));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the command line on a clock of the test's.</summary>
    public static async Task<CliRun> InvokeAtAsync(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineApp.RunAsync(args, output, error, time, CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
