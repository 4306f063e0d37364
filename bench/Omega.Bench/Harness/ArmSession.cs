using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>
/// One arm started for one size: ready, checked, read from, then stopped. What it wrote stays until
/// the next run: deleting thousands of files just before the next arm records would slow that arm
/// (ext4 searches longer for free inodes while many were deleted in the last minutes).
/// </summary>
internal sealed class ArmSession : IAsyncDisposable
{
    private readonly ChildProcesses _processes;
    private readonly HttpClient _client;
    private readonly Process? _process;

    private ArmSession(Arm arm, string folder, ChildProcesses processes, Process? process)
    {
        Arm = arm;
        Folder = folder;
        _processes = processes;
        _process = process;
        _client = new HttpClient { BaseAddress = arm.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Arm Arm { get; }

    public string Folder { get; }

    /// <summary>The process measured; null for direct, whose upstream is not the object of the measure.</summary>
    public int? Pid => _process?.Id;

    public static async Task<ArmSession> StartAsync(
        Arm arm,
        BenchSettings settings,
        ChildProcesses processes,
        Uri upstream,
        PayloadSize size,
        CancellationToken cancel)
    {
        var folder = Path.Combine(settings.RunFolder, $"{arm.Name}-{size.Name}");
        Directory.CreateDirectory(folder);
        if (arm.Program is not null)
        {
            foreach (var port in new[] { arm.Port, arm.AdminPort }.OfType<int>())
            {
                await Ports.EnsureFreeAsync(port, cancel);
            }
        }

        var process = arm.Program is null ? null : processes.Start(
            arm.Program,
            arm.Arguments(upstream, folder),
            Path.Combine(settings.Work, "logs", $"{arm.Name}-{size.Name}.log"),
            settings.ProxyCore);
        var session = new ArmSession(arm, folder, processes, process);
        try
        {
            await Ports.WaitListeningAsync(arm.AdminPort ?? arm.Port, arm.Name, process, cancel);
            if (arm.Configure is { } configure)
            {
                await configure(arm, upstream, cancel);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The arm forwards a request and passes the upstream's answer on unaltered; an omega arm judges
    /// both conformant. Throws with the reason otherwise: the run is worth nothing if an arm misbehaves.
    /// </summary>
    public async Task CheckAnswersAsync(byte[] request, byte[] expected, string path, CancellationToken cancel)
    {
        using var content = new ByteArrayContent(request);
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var response = await _client.PostAsync(path, content, cancel);
        var body = await response.Content.ReadAsByteArrayAsync(cancel);
        if (response.StatusCode != HttpStatusCode.OK || !body.AsSpan().SequenceEqual(expected))
        {
            throw new BenchException(
                $"{Arm.Name} answered {(int)response.StatusCode} with {body.Length} bytes on {path}, "
                + $"not the upstream's {expected.Length} bytes");
        }

        if (Arm.JudgesVerdicts
            && (!response.Headers.TryGetValues("X-Omega-Verdict", out var verdicts) || verdicts.Single() != "pass"))
        {
            var rules = response.Headers.TryGetValues("X-Omega-Rules", out var ids) ? string.Join(",", ids) : "none";
            throw new BenchException($"{Arm.Name} did not judge the {path} exchange conformant (rules: {rules})");
        }
    }

    public async Task<long?> AllocatedBytesAsync(CancellationToken cancel)
    {
        switch (Arm.Allocation)
        {
            case AllocationSource.BareYarpEndpoint:
                var allocated = await _client.GetStringAsync("/_bench/allocated", cancel);
                return long.Parse(allocated, CultureInfo.InvariantCulture);
            case AllocationSource.OmegaMetrics:
                var metrics = await _client.GetStringAsync("/_omega/metrics", cancel);
                var line = metrics.Split('\n')
                    .First(l => l.StartsWith("dotnet_gc_heap_total_allocated_bytes_total", StringComparison.Ordinal));
                return (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
            default:
                return null;
        }
    }

    /// <summary>Exchanges omega could not record, from its health report; null for the other arms.</summary>
    public async Task<long?> UnrecordedAsync(CancellationToken cancel)
    {
        if (Arm.Allocation != AllocationSource.OmegaMetrics)
        {
            return null;
        }

        using var health = JsonDocument.Parse(await _client.GetStringAsync("/_omega/health", cancel));
        return health.RootElement.GetProperty("unrecordedExchanges").GetInt64();
    }

    /// <summary>Bytes the arm wrote to disk: its recordings or flow file.</summary>
    public long? OutputBytes()
    {
        if (Arm.Output is not { } output)
        {
            return null;
        }

        var path = Path.Combine(Folder, output);
        return Directory.Exists(path)
            ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length)
            : File.Exists(path) ? new FileInfo(path).Length : 0;
    }

    public TimeSpan? Cpu() => Pid is { } pid ? ProcessCpu.Of(pid) : null;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_process is not null)
        {
            await _processes.StopAsync(_process);
        }
    }
}
