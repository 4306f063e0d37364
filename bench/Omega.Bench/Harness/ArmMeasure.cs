using Omega.Bench.Load;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>What one arm did at one size: saturated by wrk, then paced at the common rate.</summary>
internal sealed record ArmMeasure(Arm Arm, PayloadSize Size, WrkResult Throughput, PacedResult Paced)
{
    /// <summary>CPU time of the arm's process over the paced run, per exchange answered.</summary>
    public TimeSpan? CpuPerExchange { get; init; }

    /// <summary>Bytes the arm's process allocated over the paced run, per exchange answered (.NET arms).</summary>
    public double? AllocatedPerExchange { get; init; }

    /// <summary>Bytes written to disk per exchange (recordings, flows), over the whole session.</summary>
    public double? OutputPerExchange { get; init; }

    /// <summary>Exchanges omega said it could not record.</summary>
    public long? Unrecorded { get; init; }
}
