using Omega.Hardening.Tests.Support;
using Omega.Proxy.Tests.Support;
using Omega.Proxy.Tests.Cli;
using Xunit.Abstractions;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>Each hostile envelope through <c>omega validate</c>, in process, as a user runs it on a file.</summary>
[Collection(RunsAlone.Name)]
public sealed class HostileInputValidateTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>What one validation may allocate beyond the plain example: a few times the 1 MB limit.</summary>
    private const long AllocationBound = 24L * 1024 * 1024;

    private readonly OutsideWorld _world = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("omega-hostile-").FullName;

    public void Dispose()
    {
        _world.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string> Cases() => HostileCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_HostileEnvelope_GetsItsVerdictWithoutOutsideAccessAndBoundedMemory(string name)
    {
        var hostile = HostileCases.Named(name);
        var file = Path.Combine(_folder, name + ".xml");
        await File.WriteAllBytesAsync(file, hostile.Build(_world));
        var (_, baseline) = await Allocations.MeasureAsync(() => CliRun.InvokeAsync("validate", Example()));

        var (run, allocated) = await Allocations.MeasureAsync(
            () => CliRun.InvokeAsync("validate", "--format", "json", file));

        var rules = ValidateReport.Rules(run.Output);
        output.WriteLine($"{name}: exit {run.ExitCode}, rules [{string.Join(',', rules.Distinct())}], "
            + $"allocated {Allocations.Megabytes(allocated)} (plain example: {Allocations.Megabytes(baseline)})");
        Assert.Equal(hostile.Rule is null ? 0 : 1, run.ExitCode);
        if (hostile.Rule is { } rule)
        {
            Assert.Contains(rule, rules);
        }

        Assert.DoesNotContain(OutsideWorld.Marker, run.Output + run.Error, StringComparison.Ordinal);
        Assert.False(_world.WasContacted, "the validator opened a connection to an address the envelope named");
        Assert.InRange(allocated - baseline, long.MinValue, AllocationBound);
    }

    private static string Example() => Omega.Testing.RepositoryPaths.Example("RequeteWSVerifierRecevabiliteMHS");
}
