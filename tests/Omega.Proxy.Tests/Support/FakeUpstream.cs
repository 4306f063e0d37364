using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Omega.Testing;

namespace Omega.Proxy.Tests.Support;

/// <summary>
/// A hand-written upstream on the loopback: it keeps every body it receives and answers with the
/// example response of the requested operation, or with whatever a test sets.
/// </summary>
internal sealed class FakeUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeUpstream(WebApplication app) => _app = app;

    public ConcurrentQueue<byte[]> Received { get; } = new();

    /// <summary>The subject of the client certificate each request came with, or "" without one.</summary>
    public ConcurrentQueue<string> ClientCertificates { get; } = new();

    /// <summary>Answers instead of the example response; receives the request body.</summary>
    public Func<HttpContext, byte[], Task>? Answer { get; set; }

    public Uri Address =>
        new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <param name="tlsCertificate">
    /// With a certificate, the upstream speaks HTTPS and asks for a client certificate.
    /// </param>
    public static async Task<FakeUpstream> StartAsync(
        System.Security.Cryptography.X509Certificates.X509Certificate2? tlsCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(tlsCertificate is null ? "http://127.0.0.1:0" : "https://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ServerCertificate = tlsCertificate;
            https.ClientCertificateMode =
                Microsoft.AspNetCore.Server.Kestrel.Https.ClientCertificateMode.AllowCertificate;
            https.AllowAnyClientCertificate();
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var upstream = new FakeUpstream(app);
        app.Run(upstream.HandleAsync);
        await app.StartAsync();
        return upstream;
    }

    /// <summary>The example response of the operation whose request this is.</summary>
    public static byte[] ExampleAnswerTo(byte[] request)
    {
        var text = System.Text.Encoding.UTF8.GetString(request);
        var start = text.IndexOf("<RequeteWS", StringComparison.Ordinal) + "<RequeteWS".Length;
        var end = text.IndexOfAny([' ', '>', '/'], start);
        return File.ReadAllBytes(RepositoryPaths.Example("ReponseWS" + text[start..end]));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        Received.Enqueue(body);
        ClientCertificates.Enqueue(context.Connection.ClientCertificate?.Subject ?? string.Empty);
        if (Answer is { } answer)
        {
            await answer(context, body);
            return;
        }

        context.Response.ContentType = "text/xml; charset=utf-8";
        await context.Response.Body.WriteAsync(ExampleAnswerTo(body));
    }
}
