using TechTalk.SpecFlow;

namespace Omega.Features.Targets;

/// <summary>
/// The one target of a test run: chosen by OMEGA_TARGET (or the run's default), started before the
/// first scenario and stopped after the last, so scenarios cost an exchange, not a start.
/// </summary>
[Binding]
public sealed class TargetSession
{
    private static RunningTarget? _current;

    /// <summary>Set by the test project before the run starts: through the in-process proxy, or direct.</summary>
    public static bool ThroughProxy { get; set; }

    /// <summary>The profile used when OMEGA_TARGET is not set.</summary>
    public static string DefaultProfile { get; set; } = "simulator";

    public static RunningTarget Current =>
        _current ?? throw new InvalidOperationException("The target is not started: no BeforeTestRun hook ran.");

    [BeforeTestRun(Order = 100)]
    public static async Task StartAsync()
    {
        var (name, profile) = TargetProfiles.Chosen(DefaultProfile);
        _current = await RunningTarget.StartAsync(name, profile, ThroughProxy);
        Console.WriteLine("omega conformance suite against " + _current.Describe());
    }

    [AfterTestRun]
    public static async Task StopAsync()
    {
        if (_current is not null)
        {
            await _current.DisposeAsync();
            _current = null;
        }
    }
}
