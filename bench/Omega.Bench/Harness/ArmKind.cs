namespace Omega.Bench.Harness;

/// <summary>How the bench reads what an arm allocates: only .NET arms say.</summary>
internal enum AllocationSource
{
    None,

    /// <summary><c>dotnet_gc_heap_total_allocated_bytes_total</c> on omega's /_omega/metrics.</summary>
    OmegaMetrics,

    /// <summary>The bare YARP's /_bench/allocated: the same counter, GC.GetTotalAllocatedBytes.</summary>
    BareYarpEndpoint,
}
