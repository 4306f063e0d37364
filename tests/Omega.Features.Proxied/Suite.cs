using Omega.Features.Targets;
using TechTalk.SpecFlow;

// The scenarios share one target and move its clock: they run one after the other.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

namespace Omega.Features.Proxied;

/// <summary>This run goes through an in-process omega proxy in front of the target: the proxy is transparent.</summary>
[Binding]
public static class Suite
{
    [BeforeTestRun(Order = 0)]
    public static void Choose()
    {
        TargetSession.DefaultProfile = "proxy";
        TargetSession.ThroughProxy = true;
    }
}
