namespace Omega.Proxy.Hosting;

/// <summary>Checks the settings once, at start, and says everything that is wrong in one line.</summary>
internal static class ProxyOptionsValidator
{
    public static string? Validate(ProxyOptions options)
    {
        var errors = new List<string>();
        if (!IsHttpUrl(options.Listen))
        {
            errors.Add($"--listen must be an http:// or https:// URL, not '{options.Listen}'");
        }

        var hasTarget = options.Stub || options.Upstream is not null;
        if (options.Stub && options.Upstream is not null)
        {
            errors.Add("--stub and --upstream exclude each other");
        }
        else if (!hasTarget && (options.Replay.Count == 0 || options.Fallthrough))
        {
            errors.Add(options.Fallthrough
                ? "--fallthrough needs --upstream URL or --stub"
                : "give --upstream URL or --stub");
        }

        if (options.Fallthrough && options.Replay.Count == 0)
        {
            errors.Add("--fallthrough goes with --replay");
        }

        if (options.ReplayLatency && options.Replay.Count == 0)
        {
            errors.Add("--replay-latency goes with --replay");
        }

        foreach (var recording in options.Replay.Where(path => !Directory.Exists(path)
                     && !Omega.Conformance.Storage.StoreLocation.LooksLikeDatabase(path)))
        {
            errors.Add($"no recording folder at '{recording}'");
        }

        if (options.Upstream is not null && !IsHttpUrl(options.Upstream))
        {
            errors.Add($"--upstream must be an http:// or https:// URL, not '{options.Upstream}'");
        }

        if (options.MaxEnvelopeBytes is < 1024 or > 64 * 1024 * 1024)
        {
            errors.Add("--max-envelope must be between 1024 bytes and 64 MB");
        }

        if (options.UpstreamTimeout <= TimeSpan.Zero)
        {
            errors.Add("--upstream-timeout must be positive");
        }

        var httpsListener = options.Listen.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (httpsListener && options.Tls.Certificate is null)
        {
            errors.Add("an https:// listener needs --tls-cert");
        }

        if (options.Tls.RequireClientCertificate && !httpsListener)
        {
            errors.Add("--require-client-cert needs an https:// listener");
        }

        var certificateFiles = new[]
        {
            options.Tls.Certificate,
            options.Tls.CertificateKey,
            options.Tls.UpstreamCertificate,
            options.Tls.UpstreamCertificateKey,
            options.Tls.UpstreamTrust,
        };
        foreach (var file in certificateFiles)
        {
            if (file is not null && !File.Exists(file))
            {
                errors.Add($"no certificate file at '{file}'");
            }
        }

        if (options.Store is not null && Omega.Conformance.Storage.StoreLocation.TryParse(options.Store,
            out var storeProblem) is null)
        {
            errors.Add($"--store: {storeProblem}");
        }

        if (options.StoreTimeout <= TimeSpan.Zero)
        {
            errors.Add("--store-timeout must be positive");
        }

        if (options.Xsd is not null && !Directory.Exists(options.Xsd))
        {
            errors.Add($"no XSD folder at '{options.Xsd}'");
        }

        return errors.Count == 0 ? null : string.Join("; ", errors);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
