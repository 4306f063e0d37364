namespace Omega.Proxy.Hosting;

/// <summary>The certificates of the proxy: its own (HTTPS listener) and the one it presents to OMEGA.</summary>
public sealed record TlsOptions
{
    /// <summary>The proxy's server certificate, PFX or PEM, for an https:// listener.</summary>
    public string? Certificate { get; init; }

    /// <summary>The PEM private key of <see cref="Certificate"/>, when it is a PEM certificate.</summary>
    public string? CertificateKey { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>Refuse a supplier that presents no client certificate.</summary>
    public bool RequireClientCertificate { get; init; }

    /// <summary>The client certificate presented to the upstream, PFX or PEM, as OMEGA requires.</summary>
    public string? UpstreamCertificate { get; init; }

    public string? UpstreamCertificateKey { get; init; }

    public string? UpstreamCertificatePassword { get; init; }

    /// <summary>A certificate (PEM or DER) to trust as the root of the upstream's, beside the system's roots.</summary>
    public string? UpstreamTrust { get; init; }
}
