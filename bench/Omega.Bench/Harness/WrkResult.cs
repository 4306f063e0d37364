namespace Omega.Bench.Harness;

/// <summary>The JSON line bench/wrk/post.lua prints at the end of a wrk run (closed loop, saturating).</summary>
internal sealed record WrkResult(
    long Requests,
    long DurationUs,
    long Bytes,
    long ConnectErrors,
    long ReadErrors,
    long WriteErrors,
    long StatusErrors,
    long Timeouts,
    long P50Us,
    long P99Us)
{
    public double RequestsPerSecond => DurationUs == 0 ? 0 : Requests * 1_000_000.0 / DurationUs;

    public long Errors => ConnectErrors + ReadErrors + WriteErrors + StatusErrors + Timeouts;
}
