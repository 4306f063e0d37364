using System.Globalization;
using System.Text;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>The results file of a run, in Markdown: what ran on what, the targets, then every figure.</summary>
internal static class ResultsReport
{
    public static string Write(RunRecord run)
    {
        var text = new StringBuilder();
        Header(text, run);
        TargetsSection(text, run);
        Payloads(text, run);
        Throughput(text, run);
        Latency(text, run);
        Cost(text, run);
        Validate(text, run);
        Benchmarks(text, run);
        Method(text, run);
        return text.ToString();
    }

    private static void Header(StringBuilder text, RunRecord run)
    {
        var settings = run.Settings;
        Line(text, $"# Bench results, {run.Started:yyyy-MM-dd HH:mm zzz}{(settings.Quick ? " (quick)" : string.Empty)}");
        Line(text);
        if (settings.Quick)
        {
            Line(text, "**A quick run: a smoke test that every arm answers and the report is written. Its figures come");
            Line(text, "from one-second runs at a low rate and are not measurements; the targets are not judged.**");
            Line(text);
        }

        Line(text, $"- command: `{run.Command}`");
        Line(text, $"- commit: {run.Provenance?.Commit ?? "unknown"}");
        Line(text, $"- machine: {run.Machine.Cpu}, {run.Machine.Cores} cores, {run.Machine.Memory}, {run.Machine.Kernel}, {run.Machine.Runtime}");
        Line(text, $"- file system of the recordings and flows: {Machine.FileSystemOf(settings.Work)}");
        Line(text, $"- load average (1, 5, 15 min): {run.LoadBefore} before, {run.LoadAfter} after, highest 1-min {run.LoadHighest:F2} during the run");
        Line(text, $"- duration: {run.Elapsed:m\\:ss}");
        if (run.Provenance is { } provenance)
        {
            Line(text, $"- tools: {string.Join("; ", provenance.Tools.Select(tool => $"{tool.Tool} {tool.Version}"))}");
        }

        Line(text, $"- setup: loopback; proxy pinned to core {settings.ProxyCore}; wrk (1 thread, {settings.Connections} connections),");
        Line(text, $"  the paced generator and nginx pinned to core {settings.LoadCore}; one arm at a time, started fresh for each size;");
        Line(text, $"  {settings.Warmup.TotalSeconds:F0} s of warm-up, {settings.Throughput.TotalSeconds:F0} s of wrk, {settings.Paced.TotalSeconds:F0} s paced.");
        Line(text);
    }

    private static void TargetsSection(StringBuilder text, RunRecord run)
    {
        Line(text, "## Targets");
        Line(text);
        if (run.Settings.Quick)
        {
            Line(text, "Not judged in a quick run.");
            Line(text);
            return;
        }

        Line(text, "| figure | target | measured | |");
        Line(text, "| --- | --- | --- | --- |");
        foreach (var check in Targets.Judge(run))
        {
            Line(text, $"| {check.Figure} | {check.Target} | {check.Measured} | {(check.Met ? "met" : "**missed**")} |");
        }

        Line(text);
        Line(text, "For reference, the issue's figures for this kind of machine at 4 KB: bare YARP about 5,500 requests/s,");
        Line(text, "mountebank proxyAlways about 2,000, mitmproxy writing flows about 770. Here at 4 KB: "
            + string.Join(", ", new[] { ArmCatalog.BareYarp, ArmCatalog.Mountebank, ArmCatalog.Mitmproxy }
                .Select(name => Targets.Find(run, name, PayloadSize.Medium))
                .Where(measure => measure is not null)
                .Select(measure => $"{measure!.Arm.Title} {measure.Throughput.RequestsPerSecond:F0}")) + ".");
        Line(text);
    }

    private static void Payloads(StringBuilder text, RunRecord run)
    {
        Line(text, "## Payloads");
        Line(text);
        Line(text, "Written by `Omega.Bench payloads` (bench/Omega.Bench/Payloads), the same bytes on every run;");
        Line(text, $"{PayloadSet.Variants} request variants per size (NumeroPCE, names, phones), one answer per size;");
        Line(text, "`omega validate` finds every one conformant with no warning before anything is measured.");
        Line(text);
        Line(text, "| size | request | answer | what |");
        Line(text, "| --- | --- | --- | --- |");
        string[] what =
        [
            "creation at the customer's initiative, no appointment; answered T / DmdOkDD with a Date Demandée",
            "every field of the request, WS-Addressing header, a slot asked; answered P / ListeDP with 24 slots",
            "the 4 KB request with long comments (free text); the 4 KB answer with a WS-Security header",
        ];
        foreach (var (size, index) in PayloadSize.All.Select((size, index) => (size, index)))
        {
            if (run.PayloadBytes.TryGetValue(size, out var bytes))
            {
                Line(text, $"| {size.Name} | {bytes.Request:N0} B | {bytes.Response:N0} B | {what[index]} |");
            }
        }

        Line(text);
    }

    private static void Throughput(StringBuilder text, RunRecord run)
    {
        Line(text, "## Throughput over bare YARP");
        Line(text);
        Line(text, $"wrk, closed loop, {run.Settings.Connections} connections, requests per second answered 200; the ratio is over bare YARP at the same size.");
        Line(text);
        var sizes = run.Settings.MeasuredSizes;
        Line(text, "| arm | " + string.Join(" | ", sizes.Select(size => $"{size.Name} req/s | {size.Name} ×"))
            + " | errors |");
        Line(text, "| --- |" + string.Concat(Enumerable.Repeat(" ---: | ---: |", sizes.Count)) + " ---: |");
        foreach (var arm in Arms(run))
        {
            var cells = sizes.Select(size =>
            {
                var measure = Targets.Find(run, arm.Name, size);
                var yarp = Targets.Find(run, ArmCatalog.BareYarp, size);
                return measure is null || yarp is null
                    ? "| |"
                    : $"{measure.Throughput.RequestsPerSecond:F0} | {measure.Throughput.RequestsPerSecond / yarp.Throughput.RequestsPerSecond:F2}";
            });
            var errors = run.Measures.Where(measure => measure.Arm.Name == arm.Name).Sum(measure => measure.Throughput.Errors);
            Line(text, $"| {arm.Title} | {string.Join(" | ", cells)} | {errors} |");
        }

        Line(text);
    }

    private static void Latency(StringBuilder text, RunRecord run)
    {
        Line(text, "## Latency at half of bare YARP's saturation");
        Line(text);
        Line(text, "The bench's paced generator, open loop: each request is due at a fixed rate and its latency counts");
        Line(text, "from when it was due. Added latency is the arm's minus direct's at the same rate and size. An arm");
        Line(text, "that cannot answer at that rate has no latency figure: it is saturated, its queue only grows.");
        Line(text);
        Line(text, "| size | rate | arm | p50 | p99 | p99.9 | added p50 | added p99 | answered |");
        Line(text, "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in run.Settings.MeasuredSizes)
        {
            var direct = Targets.Find(run, ArmCatalog.Direct, size);
            foreach (var measure in run.Measures.Where(measure => measure.Size == size))
            {
                var paced = measure.Paced;
                var answered = $"{paced.Completed:N0} of {paced.Scheduled:N0}";
                if (!paced.KeptUp)
                {
                    Line(text, $"| {size.Name} | {paced.Rate:F0} | {measure.Arm.Title} | saturated | | | | | {answered} |");
                    continue;
                }

                var added = direct is { Paced.KeptUp: true }
                    ? $"{paced.P50 - direct.Paced.P50:F3} ms | {paced.P99 - direct.Paced.P99:F3} ms"
                    : " | ";
                Line(text, $"| {size.Name} | {paced.Rate:F0} | {measure.Arm.Title} | {paced.P50:F3} ms | {paced.P99:F3} ms "
                    + $"| {paced.P999:F3} ms | {added} | {answered} |");
            }
        }

        Line(text);
    }

    private static void Cost(StringBuilder text, RunRecord run)
    {
        Line(text, "## Cost per exchange");
        Line(text);
        Line(text, "Over the paced run: CPU time of the arm's process (user and system, /proc/PID/stat) and bytes it");
        Line(text, "allocated (.NET arms: GC.GetTotalAllocatedBytes, the whole process), each divided by the exchanges");
        Line(text, "answered; bytes written to disk over the arm's whole session, per exchange.");
        Line(text);
        Line(text, "| size | arm | CPU per exchange | allocated per exchange | written per exchange | not recorded |");
        Line(text, "| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var measure in run.Measures.Where(measure => measure.Arm.Name != ArmCatalog.Direct))
        {
            Line(text, $"| {measure.Size.Name} | {measure.Arm.Title} "
                + $"| {(measure.CpuPerExchange is { } cpu ? $"{cpu.TotalMicroseconds:F0} µs" : "")} "
                + $"| {(measure.AllocatedPerExchange is { } bytes ? $"{bytes / 1024:F1} KB" : "n/a")} "
                + $"| {(measure.OutputPerExchange is { } written ? $"{written / 1024:F1} KB" : "")} "
                + $"| {measure.Unrecorded?.ToString(CultureInfo.InvariantCulture) ?? ""} |");
        }

        Line(text);
    }

    private static void Validate(StringBuilder text, RunRecord run)
    {
        if (run.Validate is not { } validate)
        {
            return;
        }

        Line(text, "## omega validate and xmllint on the same batch");
        Line(text);
        Line(text, $"{validate.Files:N0} envelopes (requests and answers of every size, in equal shares), one process over the");
        Line(text, $"whole batch, start-up included, pinned to core {run.Settings.ProxyCore}; hyperfine, 1 warm-up, mean of {validate.Runs} runs.");
        Line(text, "xmllint judges the whole envelope with a SOAP schema whose Body must hold a valid message of the contract.");
        Line(text);
        Line(text, "| command | mean | documents per second |");
        Line(text, "| --- | ---: | ---: |");
        Line(text, $"| {ValidateComparison.OmegaName} | {validate.OmegaSeconds:F3} s | {validate.OmegaPerSecond:F0} |");
        Line(text, $"| {ValidateComparison.XmllintName} | {validate.XmllintSeconds:F3} s | {validate.XmllintPerSecond:F0} |");
        Line(text);
    }

    private static void Benchmarks(StringBuilder text, RunRecord run)
    {
        Line(text, "## BenchmarkDotNet: the validator and the rules");
        Line(text);
        if (run.BenchmarkTables.Count == 0)
        {
            Line(text, "Not run in a quick run.");
            Line(text);
            return;
        }

        Line(text, "`dotnet bench/Omega.Bench/bin/Release/net10.0/Omega.Bench.dll bdn --filter '*'`: short job, one core, allocations.");
        Line(text);
        foreach (var table in run.BenchmarkTables)
        {
            foreach (var line in table.Split('\n').Where(line => line.StartsWith('|')))
            {
                Line(text, line.TrimEnd());
            }

            Line(text);
        }
    }

    private static void Method(StringBuilder text, RunRecord run)
    {
        Line(text, "## How the figures are taken, and their limits");
        Line(text);
        Line(text, "- Every figure is a ratio or a difference within this run; absolute figures move from run to run and");
        Line(text, "  from machine to machine, and a busy machine (see the load average above) lowers them all.");
        Line(text, "- The paced generator (`Omega.Bench paced`) releases requests from one thread that sleeps with usleep,");
        Line(text, "  to within tens of microseconds, onto a fixed set of connections (HttpClient). Its own overhead, some");
        Line(text, "  tens of microseconds per request, is in every arm's latency and cancels out in the added latency.");
        Line(text, "  Requests not answered within two seconds of the end count as not answered.");
        Line(text, "- CPU time comes from /proc in ticks of 10 ms: over a paced run of thousands of exchanges the error is");
        Line(text, "  under one percent. It counts the arm's process only, not nginx nor the load generator.");
        Line(text, "- Allocated bytes are the runtime's own count for the whole process (Kestrel, YARP, the validation,");
        Line(text, "  the recording, the metrics), read before and after the paced run from omega's /_omega/metrics");
        Line(text, "  (`dotnet_gc_heap_total_allocated_bytes_total`) or bare YARP's /_bench/allocated.");
        Line(text, "- omega runs as a user runs it: console log line per exchange (to a file), metrics on, recordings");
        Line(text, "  pseudonymized. Bare YARP has omega's Kestrel and forwarder settings and nothing else: no logging.");
        Line(text, "- mitmproxy: `mitmdump --mode reverse:UPSTREAM --save-stream-file FILE --quiet`. mountebank: a");
        Line(text, "  proxyAlways imposter whose predicates are generated from the request's NumeroPCE by XPath,");
        Line(text, "  since one SOAP URL serves every operation; it keeps every answer in memory.");
        if (run.Settings.Quick)
        {
            Line(text, $"- A quick run paces at {run.Settings.QuickRate:F0} requests/s and measures the 4 KB size only.");
        }

        Line(text);
        Line(text, "Where the time goes in omega, and what would make it faster: bench/README.md.");
    }

    private static IEnumerable<Arm> Arms(RunRecord run) =>
        run.Measures.Select(measure => measure.Arm).DistinctBy(arm => arm.Name);

    private static void Line(StringBuilder text, string line = "") =>
        text.Append(CultureInfo.InvariantCulture, $"{line}").Append('\n');
}
