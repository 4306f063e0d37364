using Omega.Proxy.Hosting;
using Omega.Simulator;

namespace Omega.Proxy.Cli.Proxy;

/// <summary>What the proxy or a replay talks to: the configured upstream, or an embedded simulator it starts.</summary>
internal sealed class UpstreamTarget : IAsyncDisposable
{
    private readonly SimulatorHost? _simulator;

    private UpstreamTarget(Uri? address, string description, SimulatorHost? simulator)
    {
        Address = address;
        Description = description;
        _simulator = simulator;
    }

    /// <summary>Where to forward, or null in simulate mode without a fallthrough.</summary>
    public Uri? Address { get; }

    public string Description { get; }

    /// <exception cref="Omega.Conformance.Contract.ContractException">
    /// The simulator's contract cannot be loaded.
    /// </exception>
    /// <exception cref="Omega.Simulator.Data.SimulatorDataException">The simulator's data cannot be used.</exception>
    /// <param name="time">The simulator's clock; the system's when null.</param>
    public static async Task<UpstreamTarget> StartAsync(
        ProxyOptions options, CancellationToken cancel, TimeProvider? time = null)
    {
        if (options.Upstream is { } upstream)
        {
            return new UpstreamTarget(new Uri(upstream), upstream, simulator: null);
        }

        if (!options.Stub)
        {
            return new UpstreamTarget(null, "nothing: answers come from the recordings only", simulator: null);
        }

        // The embedded simulator takes a free loopback port: only the proxy talks to it.
        var simulator = await OmegaSimulator.StartAsync(
            new SimulatorOptions
            {
                ListenUrl = "http://127.0.0.1:0",
                ContractFolder = options.Xsd,
                Time = time ?? TimeProvider.System,
            },
            cancel);
        return new UpstreamTarget(simulator.Url, $"the embedded OMEGA simulator ({simulator.ServiceUrl})", simulator);
    }

    public async ValueTask DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
