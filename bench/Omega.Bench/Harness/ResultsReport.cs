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
        var kind = settings.Quick ? " (quick)" : settings.Partial ? " (partial)" : string.Empty;
        Line(text, $"# Bench results, {run.Started:yyyy-MM-dd HH:mm zzz}{kind}");
        Line(text);
        if (settings.Quick)
        {
            Paragraph(text, """
                **A quick run: a smoke test that every arm answers and the report is written. Its figures
                come from one-second runs at a low rate and are not measurements; the targets are not judged.**
                """);
        }

        if (settings.Partial)
        {
            Paragraph(text, """
                **A partial run: some arms or sizes only, without the validators side by side nor
                BenchmarkDotNet.**
                """);
        }

        var machine = run.Machine;
        Line(text, $"- command: `{run.Command}`");
        Line(text, $"- commit: {run.Provenance?.Commit ?? "unknown"}");
        Line(text, $"- machine: {machine.Cpu}, {machine.Cores} cores, {machine.Memory}, {machine.Kernel}, "
            + machine.Runtime);
        Line(text, $"- file system of the recordings and flows: {Machine.FileSystemOf(settings.RunFolder)}");
        Line(text, $"- load average (1, 5, 15 min): {run.LoadBefore} before, {run.LoadAfter} after, "
            + $"highest 1-min {run.LoadHighest:F2} during the run");
        Line(text, $"- duration: {run.Elapsed:m\\:ss}");
        if (run.Provenance is { } provenance)
        {
            var tools = provenance.Tools.Select(tool => $"{tool.Tool} {tool.Version}");
            Line(text, $"- tools: {string.Join("; ", tools)}");
        }

        Line(text, $"- setup: loopback; proxy pinned to core {settings.ProxyCore}; wrk (1 thread, "
            + $"{settings.Connections} connections),");
        Line(text, $"  the paced generator and nginx pinned to core {settings.LoadCore};");
        Line(text, $"  one arm at a time, started fresh for each size; {Seconds(settings.Warmup)} of warm-up, "
            + $"{Seconds(settings.Throughput)} of wrk, {Seconds(settings.Paced)} paced.");
        Line(text);
    }

    private static void TargetsSection(StringBuilder text, RunRecord run)
    {
        Line(text, "## Targets");
        Line(text);
        if (run.Settings.Quick)
        {
            Paragraph(text, "Not judged in a quick run.");
            return;
        }

        Line(text, "| figure | target | measured | |");
        Line(text, "| --- | --- | --- | --- |");
        foreach (var check in Targets.Judge(run))
        {
            var verdict = check.Met ? "met" : "**missed**";
            Line(text, $"| {check.Figure} | {check.Target} | {check.Measured} | {verdict} |");
        }

        var here = new[] { ArmCatalog.BareYarp, ArmCatalog.Mountebank, ArmCatalog.Mitmproxy }
            .Select(name => Targets.Find(run, name, PayloadSize.Medium))
            .OfType<ArmMeasure>()
            .Select(measure => $"{measure.Arm.Title} {measure.Throughput.RequestsPerSecond:F0}");
        Line(text);
        Line(text, "For reference, the issue's figures for this kind of machine at 4 KB: bare YARP about 5,500");
        Line(text, "requests/s, mountebank proxyAlways about 2,000, mitmproxy writing flows about 770.");
        Line(text, $"Here at 4 KB: {string.Join(", ", here)}.");
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
        for (var index = 0; index < PayloadSize.All.Count; index++)
        {
            if (run.PayloadBytes.TryGetValue(PayloadSize.All[index], out var bytes))
            {
                var size = PayloadSize.All[index].Name;
                Line(text, $"| {size} | {bytes.Request:N0} B | {bytes.Response:N0} B | {what[index]} |");
            }
        }

        Line(text);
    }

    private static void Throughput(StringBuilder text, RunRecord run)
    {
        Line(text, "## Throughput over bare YARP");
        Line(text);
        Line(text, $"wrk, closed loop, {run.Settings.Connections} connections, requests per second answered 200;");
        Line(text, "the ratio is over bare YARP at the same size.");
        Line(text);
        var sizes = run.Settings.MeasuredSizes;
        var columns = sizes.Select(size => $"{size.Name} req/s | {size.Name} ×");
        Line(text, $"| arm | {string.Join(" | ", columns)} | errors |");
        Line(text, "| --- |" + string.Concat(Enumerable.Repeat(" ---: | ---: |", sizes.Count)) + " ---: |");
        foreach (var arm in run.Measures.Select(measure => measure.Arm).DistinctBy(arm => arm.Name))
        {
            var cells = sizes.Select(size =>
                Targets.Find(run, arm.Name, size) is { } measure
                && Targets.Find(run, ArmCatalog.BareYarp, size) is { } yarp
                    ? $"{Rate(measure)} | {Rate(measure) / Rate(yarp):F2}"
                    : " | ");
            var errors = run.Measures
                .Where(measure => measure.Arm.Name == arm.Name)
                .Sum(measure => measure.Throughput.Errors);
            Line(text, $"| {arm.Title} | {string.Join(" | ", cells)} | {errors} |");
        }

        Line(text);
    }

    private static void Latency(StringBuilder text, RunRecord run)
    {
        Line(text, "## Latency at half of bare YARP's saturation");
        Line(text);
        Paragraph(text, """
            The bench's paced generator, open loop: each request is due at a fixed rate and its latency
            counts from when it was due. Added latency is the arm's minus direct's at the same rate and
            size. An arm that cannot answer at that rate has no latency figure: it is saturated, its
            queue only grows.
            """);
        Line(text, "| size | rate | arm | p50 | p99 | p99.9 | added p50 | added p99 | answered |");
        Line(text, "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in run.Settings.MeasuredSizes)
        {
            var direct = Targets.Find(run, ArmCatalog.Direct, size);
            foreach (var measure in run.Measures.Where(measure => measure.Size == size))
            {
                var paced = measure.Paced;
                var start = $"| {size.Name} | {paced.Rate:F0} | {measure.Arm.Title} |";
                var answered = $"{paced.Completed:N0} of {paced.Scheduled:N0}";
                if (!paced.KeptUp)
                {
                    Line(text, $"{start} saturated | | | | | {answered} |");
                    continue;
                }

                var added = direct is { Paced.KeptUp: true }
                    ? $"{Ms(paced.P50 - direct.Paced.P50)} | {Ms(paced.P99 - direct.Paced.P99)}"
                    : " | ";
                Line(text, $"{start} {Ms(paced.P50)} | {Ms(paced.P99)} | {Ms(paced.P999)} | {added} | {answered} |");
            }
        }

        Line(text);
    }

    private static void Cost(StringBuilder text, RunRecord run)
    {
        Line(text, "## Cost per exchange");
        Line(text);
        Paragraph(text, """
            Over the paced run: CPU time of the arm's process (user and system, /proc/PID/stat) and
            bytes it allocated (.NET arms: GC.GetTotalAllocatedBytes, the whole process), each divided
            by the exchanges answered; bytes written to disk over the arm's whole session, per exchange.
            """);
        Line(text, "| size | arm | CPU | allocated | written to disk | not recorded |");
        Line(text, "| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var measure in run.Measures.Where(measure => measure.Arm.Name != ArmCatalog.Direct))
        {
            var cpu = measure.CpuPerExchange is { } time ? $"{time.TotalMicroseconds:F0} µs" : string.Empty;
            var allocated = measure.AllocatedPerExchange is { } bytes ? Kilobytes(bytes) : "n/a";
            var written = measure.OutputPerExchange is { } output ? Kilobytes(output) : string.Empty;
            var unrecorded = measure.Unrecorded?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            var arm = $"| {measure.Size.Name} | {measure.Arm.Title} |";
            Line(text, $"{arm} {cpu} | {allocated} | {written} | {unrecorded} |");
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
        Line(text, $"{validate.Files:N0} envelopes (requests and answers of every size, in equal shares), one process");
        Line(text, $"over the whole batch, start-up included, pinned to core {run.Settings.ProxyCore}; hyperfine, one");
        Line(text, $"warm-up, mean of {validate.Runs} runs. xmllint judges the whole envelope with a SOAP schema");
        Line(text, "whose Body must hold a valid message of the contract.");
        Line(text);
        Line(text, "| command | mean | documents per second |");
        Line(text, "| --- | ---: | ---: |");
        Line(text, $"| {ValidateComparison.OmegaName} | {validate.OmegaSeconds:F3} s | {validate.OmegaPerSecond:F0} |");
        Line(text, $"| {ValidateComparison.XmllintName} | {validate.XmllintSeconds:F3} s "
            + $"| {validate.XmllintPerSecond:F0} |");
        Line(text);
    }

    private static void Benchmarks(StringBuilder text, RunRecord run)
    {
        Line(text, "## BenchmarkDotNet: the validator, the rules and the pseudonymizer");
        Line(text);
        if (run.BenchmarkTables.Count == 0)
        {
            Paragraph(text, "Not run in a quick or partial run.");
            return;
        }

        var filters = string.Join(' ', BenchmarkDotNetRun.Filters.Select(filter => $"'{filter}'"));
        Line(text, $"`dotnet bench/Omega.Bench/bin/Release/net10.0/Omega.Bench.dll bdn --filter {filters}`:");
        Line(text, "short job, one core, allocations measured.");
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
        Paragraph(text, """
            - Every figure is a ratio or a difference within this run; absolute figures move from run
              to run and from machine to machine, and a busy machine (see the load average) lowers them.
            - The paced generator (`Omega.Bench paced`) releases requests from one thread that sleeps
              with usleep, to within tens of microseconds, onto a fixed set of connections (HttpClient).
              Its own overhead, tens of microseconds per request, is in every arm's latency and cancels
              out in the added latency. Requests not answered two seconds after the end count as not
              answered.
            - CPU time comes from /proc in ticks of 10 ms: over thousands of exchanges the error is under
              one percent. It counts the arm's process only, not nginx nor the load generators.
            - Allocated bytes are the runtime's own count for the whole process (Kestrel, YARP, the
              validation, the recording, the metrics), read before and after the paced run from omega's
              /_omega/metrics (`dotnet_gc_heap_total_allocated_bytes_total`) or bare YARP's
              /_bench/allocated.
            - omega runs as a user runs it: a console log line per exchange (to a file), metrics on,
              recordings pseudonymized. Bare YARP has omega's Kestrel and forwarder settings and nothing
              else, no logging.
            - mitmproxy: `mitmdump --mode reverse:UPSTREAM --save-stream-file FILE --quiet`. mountebank: a
              proxyAlways imposter whose predicates are generated from the request's NumeroPCE by XPath,
              since one SOAP URL serves every operation; it keeps every answer in memory.
            """);
        if (run.Settings.Quick)
        {
            Paragraph(text, $"A quick run paces at {run.Settings.QuickRate:F0} requests/s.");
        }

        Line(text, "Where the time goes in omega, and what would make it faster: bench/README.md.");
    }

    private static double Rate(ArmMeasure measure) => Math.Round(measure.Throughput.RequestsPerSecond);

    private static string Ms(double milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{milliseconds:F3} ms");

    private static string Kilobytes(double bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:F1} KB");

    private static string Seconds(TimeSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F0} s");

    private static void Paragraph(StringBuilder text, string paragraph)
    {
        foreach (var line in paragraph.Split('\n'))
        {
            Line(text, line.TrimEnd());
        }

        Line(text);
    }

    private static void Line(StringBuilder text, string line = "") =>
        text.Append(CultureInfo.InvariantCulture, $"{line}").Append('\n');
}
