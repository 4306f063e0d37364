using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Cli.Proxy;

/// <summary>
/// Layers the proxy's settings: appsettings.json beside the executable, then --config FILE, then
/// environment variables (Omega__Proxy__Mode=enforce), then the flags given on the command line.
/// </summary>
internal static class ProxySettings
{
    private const string DefaultFile = "appsettings.json";

    public static ResolvedSettings Resolve(ParseResult parsed, ProxyFlags flags, bool stubByDefault)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, DefaultFile), optional: true);
        if (parsed.GetValue(flags.Config) is { } file)
        {
            var path = Path.GetFullPath(file);
            if (!File.Exists(path))
            {
                return ResolvedSettings.Failed($"--config: no settings file at '{file}'");
            }

            builder.AddJsonFile(path, optional: false);
        }

        IConfiguration configuration;
        try
        {
            configuration = builder.AddEnvironmentVariables().Build();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // The JSON provider names the file; the exceptions inside say why, and on which line.
            var reason = e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message;
            var line = e.InnerException?.InnerException is System.Text.Json.JsonException { LineNumber: { } number }
                ? $" (line {number + 1})"
                : string.Empty;
            return ResolvedSettings.Failed($"cannot read the settings: {reason}{line}");
        }

        var section = configuration.GetSection(ProxyOptions.Section);
        if (SettingsCheck.FirstProblem(section, typeof(ProxyOptions)) is { } problem)
        {
            return ResolvedSettings.Failed(problem);
        }

        ProxyOptions options;
        try
        {
            options = section.Get<ProxyOptions>() ?? new ProxyOptions();
        }
        catch (InvalidOperationException e)
        {
            return ResolvedSettings.Failed($"setting {ProxyOptions.Section}: {e.Message}");
        }

        return new ResolvedSettings(ApplyFlags(parsed, flags, options, stubByDefault), configuration, Problem: null);
    }

    private static ProxyOptions ApplyFlags(
        ParseResult parsed, ProxyFlags flags, ProxyOptions options, bool stubByDefault)
    {
        T Pick<T>(Option<T> flag, T current) =>
            parsed.GetResult(flag) is null ? current : parsed.GetValue(flag)!;
        string? Text(Option<string> flag, string? current) =>
            parsed.GetResult(flag) is null ? current : parsed.GetValue(flag);

        var upstream = Text(flags.Upstream, options.Upstream);
        var replay = parsed.GetResult(flags.Replay) is null ? options.Replay : parsed.GetValue(flags.Replay) ?? [];
        var fallthrough = Pick(flags.Fallthrough, options.Fallthrough);
        var replayOnly = replay.Count > 0 && !fallthrough;
        var stub = Pick(flags.Stub, options.Stub) || (stubByDefault && upstream is null && !replayOnly);
        var timeout = parsed.GetResult(flags.UpstreamTimeout) is null
            ? options.UpstreamTimeout
            : TimeSpan.FromSeconds(parsed.GetValue(flags.UpstreamTimeout));
        var storeTimeout = parsed.GetResult(flags.StoreTimeout) is null
            ? options.StoreTimeout
            : TimeSpan.FromSeconds(parsed.GetValue(flags.StoreTimeout));
        var mode = parsed.GetResult(flags.Mode) is null
            ? options.Mode
            : Enum.Parse<ProxyMode>(parsed.GetValue(flags.Mode)!, ignoreCase: true);

        return options with
        {
            Listen = Text(flags.Listen, options.Listen) ?? ProxyOptions.DefaultListen,
            Upstream = upstream,
            Stub = stub,
            Mode = mode,
            Record = parsed.GetValue(flags.NoRecord) ? null : Text(flags.Record, options.Record),
            Store = Text(flags.Store, options.Store),
            Spool = Text(flags.Spool, options.Spool) ?? options.Spool,
            StoreTimeout = storeTimeout,
            KeepPersonalData = Pick(flags.KeepPersonalData, options.KeepPersonalData),
            MaxEnvelopeBytes = Pick(flags.MaxEnvelope, options.MaxEnvelopeBytes),
            UpstreamTimeout = timeout,
            Xsd = Text(flags.Xsd, options.Xsd),
            AdminAllowRemote = Pick(flags.AdminAllowRemote, options.AdminAllowRemote),
            Replay = replay,
            Fallthrough = fallthrough,
            ReplayLatency = Pick(flags.ReplayLatency, options.ReplayLatency),
            Tls = options.Tls with
            {
                Certificate = Text(flags.TlsCert, options.Tls.Certificate),
                CertificateKey = Text(flags.TlsKey, options.Tls.CertificateKey),
                CertificatePassword = Text(flags.TlsPassword, options.Tls.CertificatePassword),
                RequireClientCertificate = Pick(flags.RequireClientCert, options.Tls.RequireClientCertificate),
                UpstreamCertificate = Text(flags.UpstreamCert, options.Tls.UpstreamCertificate),
                UpstreamCertificateKey = Text(flags.UpstreamKey, options.Tls.UpstreamCertificateKey),
                UpstreamCertificatePassword = Text(flags.UpstreamCertPassword, options.Tls.UpstreamCertificatePassword),
                UpstreamTrust = Text(flags.UpstreamTrust, options.Tls.UpstreamTrust),
            },
        };
    }
}
