namespace Omega.Proxy.Tests.Support;

/// <summary>
/// Test classes that must have the process to themselves: the metrics exporter counts the exchanges
/// of every proxy alive in the process, not only of the one it serves.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
