using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Omega.Bench.Harness;

/// <summary>
/// Every process the bench starts, and only those: each is written to a pid file as it starts, so
/// that bench/run can end what an interrupted run left behind, and each is stopped (SIGTERM, then
/// SIGKILL after a few seconds) when the bench is done with it or is itself stopped.
/// </summary>
internal sealed partial class ChildProcesses(string pidFile) : IAsyncDisposable
{
    private const int SigTerm = 15;

    private readonly List<Process> _running = [];
    private readonly Lock _lock = new();

    /// <summary>Starts a program with its output appended to a log file; pinned to a core when one is given.</summary>
    public Process Start(string program, IEnumerable<string> arguments, string log, int? core = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        // sh execs the program in its own place, so the pid is the program's and its output goes
        // straight to the file, never through the bench.
        var start = new ProcessStartInfo("sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" >>\"$OMEGA_BENCH_LOG\" 2>&1 </dev/null");
        start.ArgumentList.Add("sh");
        if (core is { } pinned)
        {
            start.ArgumentList.Add("taskset");
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(pinned.ToString(CultureInfo.InvariantCulture));
        }

        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMEGA_BENCH_LOG"] = log;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        lock (_lock)
        {
            _running.Add(process);
            WritePidFile();
        }

        return process;
    }

    /// <summary>Runs a program to its end, its output captured; pinned to a core when one is given.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, int? core,
        CancellationToken cancel)
    {
        var log = Path.GetTempFileName();
        try
        {
            var process = Start(program, arguments, log, core);
            int exitCode;
            try
            {
                await process.WaitForExitAsync(cancel);
                exitCode = process.ExitCode;
            }
            finally
            {
                await StopAsync(process);
            }

            return (exitCode, await File.ReadAllTextAsync(log, CancellationToken.None));
        }
        finally
        {
            File.Delete(log);
        }
    }

    public async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            _ = SendSignal(process.Id, SigTerm);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        lock (_lock)
        {
            _running.Remove(process);
            WritePidFile();
        }

        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        Process[] left;
        lock (_lock)
        {
            left = [.. _running];
        }

        foreach (var process in left)
        {
            await StopAsync(process);
        }
    }

    private void WritePidFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(pidFile)!);
        File.WriteAllLines(pidFile, _running.Select(process => process.Id.ToString(CultureInfo.InvariantCulture)));
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
