namespace Omega.Hardening.Tests.Load;

/// <summary>The proxy's memory at one moment of a run: its managed heap at the last collection and its resident set.</summary>
internal sealed record MemorySample(TimeSpan At, long Exchanges, long HeapBytes, long ResidentBytes)
{
    public override string ToString() =>
        $"{At.TotalSeconds,6:0.0} s {Exchanges,8} exchanges  heap {HeapBytes / 1048576.0,6:0.0} MB  resident {ResidentBytes / 1048576.0,6:0.0} MB";
}
