using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Omega.Bench.Harness;

/// <summary>The bench's fixed loopback ports: free before a process starts, listening before it is used.</summary>
internal static class Ports
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Refuses to start on a port something else holds: the bench would measure that instead.</summary>
    public static async Task EnsureFreeAsync(int port, CancellationToken cancel)
    {
        if (await AnswersAsync(port, cancel))
        {
            throw new BenchException($"port {port} is already taken on 127.0.0.1: stop what listens there first");
        }
    }

    public static async Task WaitListeningAsync(int port, string name, Process? process, CancellationToken cancel)
    {
        var waited = Stopwatch.StartNew();
        while (!await AnswersAsync(port, cancel))
        {
            if (process is { HasExited: true })
            {
                throw new BenchException(
                    $"{name} exited with code {process.ExitCode} before it listened on {port}; see its log");
            }

            if (waited.Elapsed > Patience)
            {
                throw new BenchException($"{name} did not listen on port {port} within {Patience.TotalSeconds} s");
            }

            await Task.Delay(100, cancel);
        }
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancel)
    {
        try
        {
            using var probe = new TcpClient();
            await probe.ConnectAsync(IPAddress.Loopback, port, cancel);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
