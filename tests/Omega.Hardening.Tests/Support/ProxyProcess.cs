using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Omega.Hardening.Tests.Support;

/// <summary>
/// <c>omega proxy</c> as a user runs it: the built omega.dll in a process of its own, on a free
/// loopback port, in front of an upstream. It can be killed like any process, with SIGKILL.
/// </summary>
internal sealed partial class ProxyProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ProxyProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the proxy wrote last, for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    public static async Task<ProxyProcess> StartAsync(Uri upstream, string recordings, params string[] flags)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "omega.dll"), "proxy", "--upstream", upstream.ToString(),
            "--listen", "http://127.0.0.1:0", "--record", recordings, .. flags,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // One line per exchange would only fill the pipe: the proxy says what goes wrong, not what goes well.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var proxy = new ProxyProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        proxy._process.OutputDataReceived += (_, line) => proxy.Keep(line.Data, listening);
        proxy._process.ErrorDataReceived += (_, line) => proxy.Keep(line.Data, listening);
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();
        var started = await Task.WhenAny(
            listening.Task, proxy._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != listening.Task)
        {
            await proxy.DisposeAsync();
            throw new InvalidOperationException($"omega proxy did not start:\n{proxy.Output}");
        }

        proxy.Address = await listening.Task;
        return proxy;
    }

    /// <summary>kill -9: the process ends at once, whatever it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>The proxy's resident memory, as the system counts it.</summary>
    public long ResidentBytes()
    {
        var status = File.ReadAllLines($"/proc/{Id}/status")
            .First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(Digits().Match(status).Value, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 50)
            {
                _lastLines.Dequeue();
            }
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"omega proxy listening on (http://\S+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
