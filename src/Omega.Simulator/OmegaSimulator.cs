using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Omega.Conformance.Contract;
using Omega.Conformance.Validation;
using Omega.Simulator.Data;
using Omega.Simulator.Engine;
using Omega.Simulator.Faults;
using Omega.Simulator.Http;
using Omega.Simulator.Logging;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Omega.Simulator;

/// <summary>
/// Starts the OMEGA simulator: WireMock.Net serving the seven MHS operations on one URL, with a
/// dialogue per demand, answers drawn from the data file, and faults on demand.
/// </summary>
public static class OmegaSimulator
{
    /// <exception cref="ContractException">The contract folder cannot be loaded.</exception>
    /// <exception cref="SimulatorDataException">The data file cannot be used.</exception>
    public static Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancel.ThrowIfCancellationRequested();
        var contractFolder = options.ContractFolder ?? ContractLoader.DefaultFolder;
        var validator = new MessageValidator(ContractLoader.Load(contractFolder));
        var data = options.Data ?? SimulatorDataFile.Load(options.DataFile ?? SimulatorDataFile.DefaultPath);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Omega.Simulator");
        var clock = new SimulatorClock(options.Time, data.Service.TimeZone);
        var engine = new MhsEngine(data, options.Seed, clock, validator, logger);
        var faults = new FaultBoard(data.Faults);

        var server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [options.ListenUrl],
            StartAdminInterface = false,
            Logger = new WireMockNullLogger(),
            PreWireMockMiddlewareInit = ConnectionReset.Install,
        });
        var url = Advertised(options.ListenUrl, server.Url!);
        try
        {
            var wsdl = File.ReadAllText(Path.Combine(contractFolder, "CreerDemandeMHS.wsdl"));
            var xsd = File.ReadAllText(Path.Combine(contractFolder, "CreerDemandeMHS.xsd"));
            var serviceUrl = new Uri(url, SimulatorHost.ServicePath).ToString();
            server.Given(Request.Create().WithPath(SimulatorHost.ServicePath).WithParam("wsdl").UsingGet())
                .RespondWith(Response.Create()
                    .WithHeader("Content-Type", HttpAnswers.SoapContentType)
                    .WithBody(WithAddress(wsdl, serviceUrl)));
            server.Given(Request.Create().WithPath("/CreerDemandeMHS.xsd").UsingGet())
                .RespondWith(Response.Create().WithHeader("Content-Type", HttpAnswers.SoapContentType).WithBody(xsd));
            server.Given(Request.Create().WithPath(SimulatorHost.ServicePath).UsingPost())
                .RespondWith(new SoapEndpoint(engine, validator, faults, options.Time, logger));
            AdminEndpoints.Map(server, faults, engine.Demands);
        }
        catch
        {
            server.Stop();
            server.Dispose();
            throw;
        }

        var host = new SimulatorHost(server, url, faults, engine.Demands, logger);
        SimulatorLog.Started(logger, host.Url, data.Pces.Count, options.Seed);
        return Task.FromResult(host);
    }

    /// <summary>
    /// Where the simulator says it listens: WireMock names a loopback address "localhost", which
    /// may resolve to ::1; the host asked for is kept, with the port the system gave.
    /// </summary>
    private static Uri Advertised(string listenUrl, string serverUrl)
    {
        var actual = new Uri(serverUrl);
        return Uri.TryCreate(listenUrl, UriKind.Absolute, out var asked)
            && asked.Host is not ("0.0.0.0" or "[::]")
            ? new UriBuilder(actual) { Host = asked.Host }.Uri
            : actual;
    }

    /// <summary>The WSDL with its soap:address pointing at the running simulator.</summary>
    private static string WithAddress(string wsdl, string serviceUrl) =>
        System.Text.RegularExpressions.Regex.Replace(
            wsdl, "(<soap:address\\s+location=\")[^\"]*(\")", "${1}" + serviceUrl + "${2}");
}
