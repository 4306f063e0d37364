using Microsoft.Extensions.Logging;
using Omega.Conformance.Dialogue;
using Omega.Simulator.Engine;
using Omega.Simulator.Faults;
using Omega.Simulator.Logging;
using WireMock.Server;

namespace Omega.Simulator;

/// <summary>A running simulator: where it listens, its faults, its demands. Dispose it to stop it.</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string ServicePath = "/CreerDemandeMHS";

    private readonly WireMockServer _server;
    private readonly DemandStore _demands;
    private readonly ILogger _logger;

    internal SimulatorHost(WireMockServer server, Uri url, FaultBoard faults, DemandStore demands, ILogger logger)
    {
        _server = server;
        _demands = demands;
        _logger = logger;
        Faults = faults;
        Url = url;
    }

    /// <summary>The base address, e.g. http://127.0.0.1:5080.</summary>
    public Uri Url { get; }

    /// <summary>The SOAP endpoint of the seven operations.</summary>
    public Uri ServiceUrl => new(Url, ServicePath);

    public Uri WsdlUrl => new(Url, ServicePath + "?wsdl");

    /// <summary>The faults in force; the same as <c>POST /_stub/faults</c>.</summary>
    public FaultBoard Faults { get; }

    /// <summary>The dialogue state of a demand the simulator created, or null.</summary>
    public DialogueState? DemandState(string numeroDemande)
    {
        var demand = _demands.Find(numeroDemande);
        if (demand is null)
        {
            return null;
        }

        lock (demand.Gate)
        {
            return demand.State;
        }
    }

    public ValueTask DisposeAsync()
    {
        _server.Stop();
        _server.Dispose();
        SimulatorLog.Stopped(_logger);
        return ValueTask.CompletedTask;
    }
}
