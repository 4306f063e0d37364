using Omega.Features.Targets;
using TechTalk.SpecFlow;

// The scenarios share one target and move its clock: they run one after the other.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

namespace Omega.Features.Direct;

/// <summary>This run talks to the target itself: the in-process simulator unless OMEGA_TARGET names another.</summary>
[Binding]
public static class Suite
{
    [BeforeTestRun(Order = 0)]
    public static void Choose()
    {
        TargetSession.DefaultProfile = "simulator";
        TargetSession.ThroughProxy = false;
    }
}
