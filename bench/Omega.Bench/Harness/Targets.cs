using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>The targets the bench judges a full run against, at 4 KB, each with its figure.</summary>
internal static class Targets
{
    public static IReadOnlyList<TargetCheck> Judge(RunRecord run)
    {
        var size = PayloadSize.Medium;
        var recording = Find(run, ArmCatalog.ObserveRecord, size);
        var yarp = Find(run, ArmCatalog.BareYarp, size);
        var direct = Find(run, ArmCatalog.Direct, size);
        var mountebank = Find(run, ArmCatalog.Mountebank, size);
        var mitmproxy = Find(run, ArmCatalog.Mitmproxy, size);
        var checks = new List<TargetCheck>();
        if (recording is null)
        {
            return checks;
        }

        double rps = recording.Throughput.RequestsPerSecond;
        if (yarp is not null)
        {
            var ratio = rps / yarp.Throughput.RequestsPerSecond;
            checks.Add(new TargetCheck(
                "omega observe, recording, over bare YARP (throughput, 4 KB)",
                "≥ 0.60×",
                $"{ratio:F2}×",
                ratio >= 0.6));
        }

        if (direct is not null)
        {
            var kept = recording.Paced.KeptUp;
            var added = recording.Paced.P99 - direct.Paced.P99;
            checks.Add(new TargetCheck(
                "omega observe, recording: added p99 at half of bare YARP's saturation (4 KB)",
                "≤ 1 ms",
                kept
                    ? $"{added:F2} ms"
                    : $"did not keep the rate ({recording.Paced.AchievedRate:F0} of {recording.Paced.Rate:F0} req/s)",
                kept && added <= 1.0));
        }

        if (mountebank is not null)
        {
            var ratio = rps / mountebank.Throughput.RequestsPerSecond;
            checks.Add(new TargetCheck(
                "omega observe, recording, over mountebank proxyAlways (4 KB)",
                "≥ 1.5×",
                $"{ratio:F2}×",
                ratio >= 1.5));
        }

        if (mitmproxy is not null)
        {
            var ratio = rps / mitmproxy.Throughput.RequestsPerSecond;
            checks.Add(new TargetCheck(
                "omega observe, recording, over mitmproxy writing flows (4 KB)", "≥ 4×", $"{ratio:F2}×", ratio >= 4));
        }

        if (run.Validate is { } validate)
        {
            checks.Add(new TargetCheck(
                "omega validate (schema and rules) over xmllint (schema only), documents per second",
                "≥ 1×",
                $"{validate.Ratio:F2}×",
                validate.Ratio >= 1));
        }

        if (recording.AllocatedPerExchange is { } allocated)
        {
            checks.Add(new TargetCheck(
                "omega observe, recording: bytes allocated per exchange (4 KB)",
                "≤ 100 KB",
                $"{allocated / 1024:F1} KB",
                allocated <= 100 * 1024));
        }

        return checks;
    }

    public static ArmMeasure? Find(RunRecord run, string arm, PayloadSize size) =>
        run.Measures.FirstOrDefault(measure => measure.Arm.Name == arm && measure.Size == size);
}
