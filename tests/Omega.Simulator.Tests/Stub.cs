using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Omega.Conformance.Rules;
using Omega.Simulator.Data;
using Omega.Testing;

namespace Omega.Simulator.Tests;

/// <summary>
/// The simulator in process on 127.0.0.1 and a free port, a fake clock, and a client that posts
/// envelopes to it. Every SOAP answer it gets is validated with its request and PCE, and must pass.
/// </summary>
internal sealed class Stub : IAsyncDisposable
{
    /// <summary>Monday 14 December 2026, 10:00 in Paris: OMEGA is open.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<SimulatorData> DefaultData = new(
        () => SimulatorDataFile.Load(SimulatorDataFile.DefaultPath));

    public static SimulatorData ShippedData => DefaultData.Value;

    private Stub(SimulatorHost host, FakeTimeProvider clock, SimulatorData data)
    {
        Host = host;
        Clock = clock;
        Data = data;
        Http = new HttpClient { BaseAddress = host.Url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatorHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public SimulatorData Data { get; }

    public HttpClient Http { get; }

    public static async Task<Stub> StartAsync(
        DateTimeOffset? now = null, int seed = 1, TimeProvider? time = null, SimulatorData? data = null)
    {
        var clock = new FakeTimeProvider(now ?? Monday);
        data ??= DefaultData.Value;
        var host = await OmegaSimulator.StartAsync(new SimulatorOptions
        {
            ListenUrl = "http://127.0.0.1:0",
            Data = data,
            Seed = seed,
            Time = time ?? clock,
        });
        return new Stub(host, clock, data);
    }

    /// <summary>Posts a request and returns the answer; a SOAP answer with status 200 must be valid.</summary>
    public async Task<SoapReply> CallAsync(string operation, string envelope)
    {
        using var content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, SimulatorHost.ServicePath) { Content = content };
        request.Headers.Add("SOAPAction", operation);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var reply = new SoapReply(response.StatusCode, body, Contracts.Validate(body, Context(envelope)));
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.True(
                reply.Validation.Violations.Count == 0,
                $"{operation} answered with violations: {string.Join("; ", reply.Validation.Violations)}\n{body}");
        }

        return reply;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>The request and, where the data knows it, the PCE: what the response rules judge with.</summary>
    private ExchangeContext Context(string envelope)
    {
        var request = Contracts.Validate(envelope).Message;
        var numero = request?.Child("NumeroPCE")?.Value ?? request?.Find("Demande/NumeroPCE")?.Value
            ?? (request?.Child("NumeroDemande")?.Value is { } demand ? PceOfDemand(demand) : null);
        var pce = numero is null ? null : Data.FindPce(numero);
        return new ExchangeContext
        {
            Request = request,
            Pce = pce is null ? null : new PceFacts(pce.Frequency, pce.Access),
        };
    }

    private string? PceOfDemand(string numeroDemande) => Host.DemandState(numeroDemande)?.NumeroPCE;
}
