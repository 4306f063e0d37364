using System.Diagnostics;
using System.Runtime.InteropServices;
using Omega.Bench.Payloads;
using Omega.Conformance.Contract;

namespace Omega.Bench.Harness;

/// <summary>
/// One run of the bench: payloads written and checked, the upstream started, then for each measured
/// size every arm in turn, started fresh, checked, saturated, paced and stopped; then the validators
/// side by side and BenchmarkDotNet; then the results file. Whatever happens, every process started
/// is stopped before it returns.
/// </summary>
internal sealed class BenchRun(BenchSettings settings)
{
    public async Task<int> RunAsync(CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel(stop));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel(stop));
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel(stop));
        var clock = Stopwatch.StartNew();
        var run = new RunRecord(settings, Machine.Describe(), DateTimeOffset.Now, Machine.LoadAverage());
        using var load = new LoadSampler();
        await using var processes = new ChildProcesses(Path.Combine(settings.Work, "pids"));
        try
        {
            await MeasureAsync(run, processes, stop.Token);
        }
        catch (BenchException e)
        {
            await Console.Error.WriteLineAsync($"bench: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("bench: interrupted; every process it started is stopped");
            return 130;
        }

        run.Elapsed = clock.Elapsed;
        run.LoadAfter = Machine.LoadAverage();
        run.LoadHighest = load.Highest;
        Directory.CreateDirectory(Path.GetDirectoryName(settings.ResultsFile)!);
        await File.WriteAllTextAsync(settings.ResultsFile, ResultsReport.Write(run), CancellationToken.None);
        var written = Path.GetRelativePath(settings.Repo, settings.ResultsFile);
        Say($"results written to {written} in {clock.Elapsed:m\\:ss}");
        if (!settings.Quick)
        {
            // A quick run leaves the deleting to the next full run: gigabytes of recordings take minutes.
            Say("deleting what earlier runs recorded");
            ForgetEarlierRuns();
        }
        return 0;
    }

    private async Task MeasureAsync(RunRecord run, ChildProcesses processes, CancellationToken cancel)
    {
        run.Provenance = await Provenance.ReadAsync(settings, processes, cancel);
        Say("writing the payloads");
        var contract = ContractLoader.Load(ContractLoader.DefaultFolder);
        settings.Payloads.Write(
            contract.NamespaceOf("RequeteWSCreerDemandeMHS")
                ?? throw new BenchException("the contract has no CreerDemandeMHS"),
            Path.Combine(ContractLoader.DefaultFolder, "CreerDemandeMHS.xsd"));
        Say("checking them with omega validate");
        await PayloadCheck.RunAsync(settings, processes, cancel);
        run.PayloadBytes = PayloadSize.All.ToDictionary(
            size => size,
            size => (
                new FileInfo(settings.Payloads.Request(size, 0)).Length,
                new FileInfo(settings.Payloads.Response(size)).Length));

        var upstream = new Uri($"http://127.0.0.1:{ArmCatalog.UpstreamPort}");
        await Ports.EnsureFreeAsync(ArmCatalog.UpstreamPort, cancel);
        var nginx = NginxUpstream.Start(processes, settings, ArmCatalog.UpstreamPort);
        try
        {
            await Ports.WaitListeningAsync(ArmCatalog.UpstreamPort, "nginx", nginx, cancel);
            await MeasureArmsAsync(run, processes, upstream, cancel);
        }
        finally
        {
            await processes.StopAsync(nginx);
        }

        if (!settings.Partial)
        {
            Say("omega validate and xmllint on the same batch (hyperfine)");
            run.Validate = await ValidateComparison.RunAsync(settings, processes, cancel);
        }

        if (settings.RunBenchmarkDotNet && !settings.Partial)
        {
            Say("BenchmarkDotNet: validator and rules");
            run.BenchmarkTables = await BenchmarkDotNetRun.RunAsync(settings, processes, cancel);
        }
    }

    private async Task MeasureArmsAsync(RunRecord run, ChildProcesses processes, Uri upstream, CancellationToken cancel)
    {
        var load = new LoadGenerators(settings, processes);
        var arms = ArmCatalog.All(settings)
            .Where(arm => settings.OnlyArms.Count == 0
                || arm.Name is ArmCatalog.BareYarp or ArmCatalog.Direct
                || settings.OnlyArms.Contains(arm.Name, StringComparer.Ordinal))
            .ToList();
        var unknown = settings.OnlyArms.Except(arms.Select(arm => arm.Name), StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null)
        {
            var names = ArmCatalog.All(settings).Select(arm => arm.Name);
            throw new BenchException($"no arm '{unknown}': {string.Join(", ", names)}");
        }

        foreach (var size in settings.MeasuredSizes)
        {
            double? rate = settings.Quick ? settings.QuickRate : null;
            foreach (var arm in arms)
            {
                Say($"{size.Name}: {arm.Title}");
                var measure = await MeasureArmAsync(arm, size, rate, load, processes, upstream, cancel);
                rate ??= measure.Throughput.RequestsPerSecond / 2;
                run.Measures.Add(measure);
                Say($"{size.Name}: {arm.Title}: {measure.Throughput.RequestsPerSecond:F0} requests/s; "
                    + $"at {measure.Paced.Rate:F0}/s p99 {measure.Paced.P99:F2} ms, "
                    + $"{measure.Paced.Completed} answered");
            }
        }
    }

    private async Task<ArmMeasure> MeasureArmAsync(Arm arm, PayloadSize size, double? rate, LoadGenerators load,
        ChildProcesses processes, Uri upstream, CancellationToken cancel)
    {
        await using var session = await ArmSession.StartAsync(arm, settings, processes, upstream, size, cancel);
        foreach (var checkedSize in PayloadSize.All)
        {
            await session.CheckAnswersAsync(
                await File.ReadAllBytesAsync(settings.Payloads.Request(checkedSize, 0), cancel),
                await File.ReadAllBytesAsync(settings.Payloads.Response(checkedSize), cancel),
                NginxUpstream.PathOf(checkedSize),
                cancel);
        }

        var warmup = await load.SaturateAsync(arm, size, settings.Warmup, cancel);
        var throughput = await load.SaturateAsync(arm, size, settings.Throughput, cancel);
        var pacedRate = rate ?? throughput.RequestsPerSecond / 2;

        var cpuBefore = session.Cpu();
        var allocatedBefore = await session.AllocatedBytesAsync(cancel);
        var paced = await load.PaceAsync(arm, size, pacedRate, settings.Paced, cancel);
        var cpuAfter = session.Cpu();
        var allocatedAfter = await session.AllocatedBytesAsync(cancel);

        var answered = Math.Max(1, paced.Completed);
        var exchanges = PayloadSize.All.Count + warmup.Requests + throughput.Requests
            + settings.Connections + paced.Completed;
        return new ArmMeasure(arm, size, throughput, paced)
        {
            CpuPerExchange = cpuAfter - cpuBefore is { } cpu ? cpu / answered : null,
            AllocatedPerExchange = allocatedAfter - allocatedBefore is { } bytes ? (double)bytes / answered : null,
            Unrecorded = await session.UnrecordedAsync(cancel),
            OutputPerExchange = session.OutputBytes() is { } written ? (double)written / exchanges : null,
        };
    }

    /// <summary>Deletes what earlier runs wrote, now that this one has measured; this run's stays.</summary>
    private void ForgetEarlierRuns()
    {
        var arms = Path.GetDirectoryName(settings.RunFolder)!;
        foreach (var folder in Directory.Exists(arms) ? Directory.GetDirectories(arms) : [])
        {
            if (!string.Equals(folder, settings.RunFolder, StringComparison.Ordinal))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static Action<PosixSignalContext> Cancel(CancellationTokenSource stop) => context =>
    {
        context.Cancel = true;
        stop.Cancel();
    };

    private static void Say(string message) =>
        Console.WriteLine($"bench {DateTime.Now:HH:mm:ss} {message}");
}
