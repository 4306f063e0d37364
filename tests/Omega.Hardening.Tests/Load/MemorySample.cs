namespace Omega.Hardening.Tests.Load;

/// <summary>The proxy's memory at one moment of a run: its heap at the last collection, its resident set.</summary>
internal sealed record MemorySample(TimeSpan At, long Exchanges, long HeapBytes, long ResidentBytes)
{
    private const double Megabyte = 1024 * 1024;

    public override string ToString() => $"{At.TotalSeconds,6:0.0} s {Exchanges,8} exchanges  "
        + $"heap {HeapBytes / Megabyte,6:0.0} MB  resident {ResidentBytes / Megabyte,6:0.0} MB";
}
