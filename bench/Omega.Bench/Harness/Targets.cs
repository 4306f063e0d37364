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

        if (Over(recording, yarp, "bare YARP (throughput, 4 KB)", 0.6) is { } overYarp)
        {
            checks.Add(overYarp);
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

        checks.AddRange(new[]
        {
            Over(recording, mountebank, "mountebank proxyAlways (4 KB)", 1.5),
            Over(recording, mitmproxy, "mitmproxy writing flows (4 KB)", 4),
        }.OfType<TargetCheck>());

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

    /// <summary>omega's throughput over another arm's, at least the minimum; null when that arm did not run.</summary>
    private static TargetCheck? Over(ArmMeasure omega, ArmMeasure? other, string title, double minimum)
    {
        if (other is null)
        {
            return null;
        }

        var ratio = omega.Throughput.RequestsPerSecond / other.Throughput.RequestsPerSecond;
        return new TargetCheck(
            $"omega observe, recording, over {title}", $"≥ {minimum:0.0#}×", $"{ratio:F2}×", ratio >= minimum);
    }

    public static ArmMeasure? Find(RunRecord run, string arm, PayloadSize size) =>
        run.Measures.FirstOrDefault(measure => measure.Arm.Name == arm && measure.Size == size);
}
