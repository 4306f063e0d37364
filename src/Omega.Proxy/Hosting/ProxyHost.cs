using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging.Console;
using Omega.Conformance.Contract;
using Omega.Conformance.Recording;
using Omega.Conformance.Replay;
using Omega.Conformance.Services;
using Omega.Conformance.Soap;
using Omega.Conformance.Validation;
using Omega.Proxy.Admin;
using Omega.Proxy.Dialogues;
using Omega.Proxy.Recording;
using Omega.Proxy.Storage;
using Omega.Conformance.Storage;
using Omega.Proxy.Exchanges;
using Omega.Proxy.Forwarding;
using Omega.Proxy.Telemetry;
using Omega.Proxy.Tls;
using OpenTelemetry.Metrics;

namespace Omega.Proxy.Hosting;

/// <summary>A running proxy: the ASP.NET Core host with YARP's forwarder and the exchange pipeline.</summary>
internal sealed class ProxyHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Upstream _upstream;

    private ProxyHost(WebApplication app, Upstream upstream)
    {
        _app = app;
        _upstream = upstream;
    }

    /// <summary>The address the proxy listens on, with the port the system gave when 0 was asked.</summary>
    public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features
        .Get<IServerAddressesFeature>()!.Addresses.First());

    public IServiceProvider Services => _app.Services;

    /// <exception cref="ContractException">The XSD cannot be loaded.</exception>
    /// <param name="configuration">
    /// The configuration the options were read from: its Logging section sets the logs' levels and format.
    /// </param>
    public static async Task<ProxyHost> StartAsync(
        ProxyOptions options,
        Uri? upstreamAddress,
        Action<ILoggingBuilder>? logging = null,
        TimeProvider? time = null,
        IConfiguration? configuration = null,
        CancellationToken cancel = default)
    {
        var contract = ContractLoader.Load(options.Xsd ?? ContractLoader.DefaultFolder);
        var validator = new MessageValidator(contract, limits: new XmlLimits(options.MaxEnvelopeBytes));
        var upstream = Upstream.Create(upstreamAddress, options);

        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(options.Listen);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.ConfigureHttpsDefaults(https => ConfigureHttps(https, options.Tls));
        });
        if (configuration is not null)
        {
            builder.Configuration.AddConfiguration(configuration);
        }

        // The slim builder forces the simple console formatter; bound again, Logging:Console chooses it.
        builder.Services.Configure<ConsoleLoggerOptions>(builder.Configuration.GetSection("Logging:Console"));
        logging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(new ExchangeJudge(validator));
        services.AddSingleton(validator.Services);
        services.AddSingleton(await LoadRecordedAnswersAsync(options, validator.Services, cancel));
        services.AddSingleton(upstream);
        services.AddSingleton(sp => ProxyStorage.Create(options, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => sp.GetRequiredService<ProxyStorage>().Dialogues);
        services.AddSingleton<ProxyMetrics>();
        services.AddSingleton(sp => new ProxyHealth(
            options, upstream.Prefix, sp.GetRequiredService<ProxyStorage>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DialogueTracker>();
        services.AddSingleton<IExchangeRecorder>(sp =>
            sp.GetRequiredService<ProxyStorage>().Recordings is not { } recordings
            ? new NoRecorder()
            : new ExchangeRecorder(
                recordings,
                validator.Services,
                options.KeepPersonalData,
                options.PseudonymSecret is { Length: > 0 } secret
                    ? PseudonymKey.SecretFrom(secret)
                    : PseudonymKey.NewSecret(),
                sp.GetRequiredService<ProxyHealth>(),
                sp.GetRequiredService<ProxyMetrics>(),
                sp.GetRequiredService<ILogger<ExchangeRecorder>>()));
        if (options.Store is { } store && StoreLocation.TryParse(store, out _) is { IsDatabase: true })
        {
            services.AddHostedService(sp =>
            {
                var storage = sp.GetRequiredService<ProxyStorage>();
                return new SpoolDrain(
                    storage.Database!,
                    storage.DatabaseRecordings!,
                    storage.SharedDialogues!,
                    storage.Spool!,
                    storage.DatabaseState!,
                    sp.GetRequiredService<ILogger<SpoolDrain>>());
            });
        }

        services.AddSingleton<ExchangeHandler>();
        services.AddSingleton<DialogueWatch>();
        services.AddHostedService(sp => sp.GetRequiredService<DialogueWatch>());
        services.AddHttpForwarder();
        // The runtime's own meter shows the proxy's memory and GC beside its exchanges.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ProxyMetrics.MeterName, ProxyMetrics.RuntimeMeterName)
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        var app = builder.Build();
        await app.Services.GetRequiredService<ProxyStorage>().OpenAsync(cancel);
        app.MapAdmin(options, app.Services.GetRequiredService<ProxyHealth>());
        var handler = app.Services.GetRequiredService<ExchangeHandler>();
        app.Map("/{**path}", handler.HandleAsync);

        await app.StartAsync(cancel);
        var host = new ProxyHost(app, upstream);
        Log.ProxyStarted(
            app.Logger, host.Address.ToString(), options.Mode.ToString().ToLowerInvariant(), upstream.Prefix);
        return host;
    }

    public Task WaitForShutdownAsync(CancellationToken cancel) => _app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        var storage = _app.Services.GetRequiredService<ProxyStorage>();
        await _app.DisposeAsync();
        await storage.DisposeAsync();
        _upstream.Dispose();
    }

    /// <exception cref="RecordingException">A recording cannot be read.</exception>
    private static async Task<ReplaySource> LoadRecordedAnswersAsync(ProxyOptions options, ServiceCatalog services,
        CancellationToken cancel)
    {
        if (options.Replay.Count == 0)
        {
            return new ReplaySource(null);
        }

        IReadOnlyList<RecordedDialogue> dialogues;
        try
        {
            dialogues = await Cli.Stores.StoreArgument.ReadAsync(options.Replay, DialogueQuery.All, cancel);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException)
        {
            throw new RecordingException($"the recordings to answer from cannot be read: {e.Message}", e);
        }

        return new ReplaySource(new RecordedAnswers(
            dialogues, VolatileFields.Default, [.. services.Services.SelectMany(service =>
                service.PersonalData).Distinct()]));
    }

    private static void ConfigureHttps(HttpsConnectionAdapterOptions https, TlsOptions tls)
    {
        if (tls.Certificate is not null)
        {
            https.ServerCertificate = CertificateFiles.Load(
                tls.Certificate, tls.CertificateKey, tls.CertificatePassword);
        }

        // Suppliers present their OMEGA certificate; the proxy reads its DN rather than judging its chain.
        https.ClientCertificateMode = tls.RequireClientCertificate
            ? ClientCertificateMode.RequireCertificate
            : ClientCertificateMode.AllowCertificate;
        https.AllowAnyClientCertificate();
    }
}
