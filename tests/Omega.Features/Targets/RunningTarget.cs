using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Omega.Proxy.Hosting;
using Omega.Simulator;
using Omega.Simulator.Data;

namespace Omega.Features.Targets;

/// <summary>
/// The implementation the scenarios talk to, started once per test run: the profile's endpoint,
/// in process or at its URL, reached directly or through an in-process omega proxy.
/// </summary>
public sealed class RunningTarget : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned;

    private RunningTarget(
        string name, TargetProfile profile, Uri serviceUrl, bool throughProxy, TargetClock clock,
        Uri? faultBoard, HttpClient client, List<IAsyncDisposable> owned)
    {
        Name = name;
        Profile = profile;
        ServiceUrl = serviceUrl;
        ThroughProxy = throughProxy;
        Clock = clock;
        FaultBoard = faultBoard;
        Client = client;
        _owned = owned;
    }

    /// <summary>The profile's name, as OMEGA_TARGET or the run's default gave it.</summary>
    public string Name { get; }

    public TargetProfile Profile { get; }

    /// <summary>Where the supplier posts its requests.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>True when an omega proxy stands between the suite and the implementation.</summary>
    public bool ThroughProxy { get; }

    public TargetClock Clock { get; }

    /// <summary>The fault board of an omega stub, or null when the target has none.</summary>
    public Uri? FaultBoard { get; }

    public HttpClient Client { get; }

    public string Describe() =>
        $"{Name} ({(ThroughProxy ? "through the in-process omega proxy, " : string.Empty)}"
        + $"{Profile.Description}: {ServiceUrl})";

    public static async Task<RunningTarget> StartAsync(string name, TargetProfile profile, bool throughProxy)
    {
        var owned = new List<IAsyncDisposable>();
        try
        {
            throughProxy |= profile.Endpoint == TargetProfile.InProcessProxy;
            TargetClock clock;
            Uri service;
            Uri? faults;
            if (profile.IsInProcess)
            {
                var data = SimulatorDataFile.Load(SimulatorDataFile.DefaultPath);
                var settings = profile.Clock ?? throw new InvalidOperationException(
                    $"The target profile '{name}' runs in process and needs a clock (start, opens, closes).");
                data = data with { Service = data.Service with { Opens = settings.Opens, Closes = settings.Closes } };
                clock = TargetClock.Fake(settings, [.. data.Service.Maintenance.Select(w => (w.From, w.To))]);
                var simulator = await OmegaSimulator.StartAsync(new SimulatorOptions
                {
                    ListenUrl = "http://127.0.0.1:0",
                    Data = data,
                    Time = clock.Time,
                });
                owned.Add(simulator);
                service = simulator.ServiceUrl;
                faults = new Uri(simulator.Url, "/_stub/faults");
            }
            else
            {
                clock = TargetClock.System();
                service = new Uri(profile.Endpoint);
                faults = profile.Faults is { Length: > 0 } board ? new Uri(board) : null;
            }

            if (throughProxy)
            {
                var upstream = new Uri(service.GetLeftPart(UriPartial.Authority));
                var proxy = await ProxyHost.StartAsync(
                    new ProxyOptions { Listen = "http://127.0.0.1:0", Upstream = upstream.ToString(), Record = null },
                    upstream,
                    logging => logging.ClearProviders(),
                    clock.Time);
                owned.Add(proxy);
                service = new Uri(proxy.Address, service.PathAndQuery);
            }

            return new RunningTarget(
                name, profile, service, throughProxy, clock, faults, SupplierClient(profile), owned);
        }
        catch
        {
            foreach (var disposable in owned)
            {
                await disposable.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
    }

    private static HttpClient SupplierClient(TargetProfile profile)
    {
        var handler = new HttpClientHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false };
        if (profile.ClientCertificate is { } certificate)
        {
            var password = certificate.PasswordVariable is { } variable
                ? Environment.GetEnvironmentVariable(variable)
                : null;
            handler.ClientCertificates.Add(X509CertificateLoader.LoadPkcs12FromFile(certificate.File, password));
        }

        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }
}
