using Microsoft.Extensions.Time.Testing;
using Omega.Simulator;
using Omega.Simulator.Data;

namespace Omega.Proxy.Tests.Support;

/// <summary>The OMEGA simulator on a free loopback port, and a proxy in front of it, sharing one fake clock.</summary>
internal sealed class SimulatedOmega : IAsyncDisposable
{
    /// <summary>A Monday morning, Paris time, outside any maintenance window.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1));

    private SimulatedOmega(SimulatorHost simulator, RunningProxy proxy, FakeTimeProvider clock)
    {
        Simulator = simulator;
        Proxy = proxy;
        Clock = clock;
    }

    public SimulatorHost Simulator { get; }

    public RunningProxy Proxy { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<SimulatedOmega> StartAsync(
        Func<Omega.Proxy.Hosting.ProxyOptions, Omega.Proxy.Hosting.ProxyOptions>? configure = null,
        int seed = 1,
        SimulatorData? data = null)
    {
        var clock = new FakeTimeProvider(Monday);
        var simulator = await OmegaSimulator.StartAsync(
            new SimulatorOptions { ListenUrl = "http://127.0.0.1:0", Seed = seed, Time = clock, Data = data });
        var proxy = await RunningProxy.StartAsync(simulator.Url, configure, clock);
        return new SimulatedOmega(simulator, proxy, clock);
    }

    /// <summary>
    /// The shipped data with <paramref name="count"/> more 6M PCEs and room in the calendar for all of them.
    /// </summary>
    public static SimulatorData WithManyPces(int count)
    {
        var shipped = SimulatorDataFile.Load(SimulatorDataFile.DefaultPath);
        var extra = Enumerable.Range(0, count).Select(i => new PceRecord { NumeroPce = ManyPce(i) });
        return shipped with
        {
            Pces = [.. shipped.Pces, .. extra],
            Calendar = shipped.Calendar with { Plages = [new("MATIN", "08:00", "12:00", count)] },
        };
    }

    /// <summary>The NumeroPCE of the i-th PCE added by <see cref="WithManyPces"/>.</summary>
    public static string ManyPce(int i) => $"1920{i:D10}";

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
