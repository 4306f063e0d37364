namespace Omega.Proxy.Cli;

/// <summary>Where a command writes: results to the output, reasons for failing to the error stream.</summary>
internal sealed record CliConsole(TextWriter Output, TextWriter Error)
{
    /// <summary>What a command reads for the path <c>-</c>: the process's standard input, or a test's.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Writes the one-line reason of a usage or I/O error and returns its exit code.</summary>
    public int Fail(string reason)
    {
        Error.WriteLine($"omega: {reason}");
        return ExitCodes.UsageOrIoError;
    }
}
