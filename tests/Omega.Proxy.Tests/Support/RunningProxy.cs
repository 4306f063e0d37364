using Microsoft.Extensions.Logging;
using Omega.Proxy.Hosting;
using Omega.Testing;

namespace Omega.Proxy.Tests.Support;

/// <summary>A proxy started on a free loopback port, in front of an upstream, with a supplier's HttpClient.</summary>
internal sealed class RunningProxy : IAsyncDisposable
{
    private readonly ProxyHost _host;

    private RunningProxy(ProxyHost host, string recordings)
    {
        _host = host;
        Recordings = recordings;
        Client = new HttpClient { BaseAddress = host.Address };
    }

    public HttpClient Client { get; }

    public Uri Address => _host.Address;

    public string Recordings { get; }

    public IServiceProvider Services => _host.Services;

    /// <param name="logs">Where the proxy's logs go, at every level; nowhere without one.</param>
    public static async Task<RunningProxy> StartAsync(
        Uri? upstream,
        Func<ProxyOptions, ProxyOptions>? configure = null,
        TimeProvider? time = null,
        InMemoryLogs? logs = null)
    {
        var recordings = Directory.CreateTempSubdirectory("omega-rec-").FullName;
        var options = new ProxyOptions
        {
            Listen = "http://127.0.0.1:0",
            Upstream = upstream?.ToString(),
            Record = recordings,
        };
        options = configure?.Invoke(options) ?? options;
        var host = await ProxyHost.StartAsync(options, upstream, logging => Configure(logging, logs), time);
        return new RunningProxy(host, recordings);
    }

    public Task<HttpResponseMessage> PostAsync(string envelope) =>
        PostAsync(System.Text.Encoding.UTF8.GetBytes(envelope));

    /// <summary>Posts an envelope as a supplier does: text/xml with the SOAPAction of its operation.</summary>
    public Task<HttpResponseMessage> PostAsync(byte[] envelope, string contentType = "text/xml; charset=utf-8")
    {
        var content = new ByteArrayContent(envelope);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return Client.PostAsync("/CreerDemandeMHS", content);
    }

    private static void Configure(ILoggingBuilder logging, InMemoryLogs? logs)
    {
        logging.ClearProviders();
        if (logs is not null)
        {
            logging.AddProvider(logs);
            // A rule for the provider itself outranks the levels appsettings.json sets by category.
            logging.AddFilter<InMemoryLogs>(null, LogLevel.Trace);
        }
    }

    public static byte[] Example(string name) => File.ReadAllBytes(RepositoryPaths.Example(name));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(Recordings, recursive: true);
    }
}
