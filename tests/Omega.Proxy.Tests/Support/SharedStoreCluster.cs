using Microsoft.Extensions.Time.Testing;
using Omega.Simulator;
using Omega.Simulator.Data;

namespace Omega.Proxy.Tests.Support;

/// <summary>
/// Several proxy instances on one store, in front of one OMEGA simulator, sharing one fake clock:
/// a staging campaign behind a load balancer. Each instance has its own spool.
/// </summary>
internal sealed class SharedStoreCluster : IAsyncDisposable
{
    private readonly string _spools;

    private SharedStoreCluster(SimulatorHost simulator, IReadOnlyList<RunningProxy> proxies, FakeTimeProvider clock,
        string spools)
    {
        Simulator = simulator;
        Proxies = proxies;
        Clock = clock;
        _spools = spools;
    }

    public SimulatorHost Simulator { get; }

    public IReadOnlyList<RunningProxy> Proxies { get; }

    public FakeTimeProvider Clock { get; }

    /// <param name="store">The store every instance is given: a postgres:// URL.</param>
    public static async Task<SharedStoreCluster> StartAsync(string store, int instances, SimulatorData? data = null)
    {
        var clock = new FakeTimeProvider(SimulatedOmega.Monday);
        var simulator = await OmegaSimulator.StartAsync(
            new SimulatorOptions { ListenUrl = "http://127.0.0.1:0", Seed = 1, Time = clock, Data = data });
        var spools = Directory.CreateTempSubdirectory("omega-spools-").FullName;
        var proxies = new List<RunningProxy>();
        for (var i = 0; i < instances; i++)
        {
            var spool = Path.Combine(spools, $"instance-{i}");
            proxies.Add(await RunningProxy.StartAsync(
                simulator.Url,
                o => o with { Store = store, Spool = spool, PseudonymSecret = "one campaign" },
                clock));
        }

        return new SharedStoreCluster(simulator, proxies, clock, spools);
    }

    /// <summary>The instance the load balancer sends the n-th call to, turn by turn.</summary>
    public RunningProxy RoundRobin(int call) => Proxies[call % Proxies.Count];

    public async ValueTask DisposeAsync()
    {
        foreach (var proxy in Proxies)
        {
            await proxy.DisposeAsync();
        }

        await Simulator.DisposeAsync();
        Directory.Delete(_spools, recursive: true);
    }
}
