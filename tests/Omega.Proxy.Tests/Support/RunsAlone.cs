namespace Omega.Proxy.Tests.Support;

/// <summary>
/// Tests that read a process-wide figure run alone, after the others: the bytes the process
/// allocated, or the metrics, which every proxy of the process feeds to every exporter of the
/// meter's name.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "runs alone";
}
