namespace Omega.Proxy.Hosting;

/// <summary>
/// The proxy's settings, bound from appsettings.json (section "Omega:Proxy"), then from
/// environment variables (Omega__Proxy__Mode…), then from the command line flags.
/// </summary>
public sealed record ProxyOptions
{
    public const string Section = "Omega:Proxy";
    public const string DefaultListen = "http://127.0.0.1:5090";

    /// <summary>Where the supplier's system connects: http:// or https:// URL.</summary>
    public string Listen { get; init; } = DefaultListen;

    /// <summary>OMEGA's endpoint, or any implementation of the service. Null with <see cref="Stub"/>.</summary>
    public string? Upstream { get; init; }

    /// <summary>Forward to the embedded OMEGA simulator instead of an upstream.</summary>
    public bool Stub { get; init; }

    public ProxyMode Mode { get; init; } = ProxyMode.Observe;

    /// <summary>The folder where exchanges are recorded; null or empty to record nothing.</summary>
    public string? Record { get; init; } = "recordings";

    /// <summary>
    /// Where recordings and dialogue state are kept: a folder (as <see cref="Record"/>), or a
    /// PostgreSQL database, postgres://user:password@host:port/database, shared by every instance
    /// given the same URL. Null: the <see cref="Record"/> folder and this instance's memory.
    /// </summary>
    public string? Store { get; init; }

    /// <summary>With a database store: the folder that keeps what the database could not take until it can.</summary>
    public string Spool { get; init; } = "omega-spool";

    /// <summary>With a database store: how long an exchange waits on the database before going on without it.</summary>
    public TimeSpan StoreTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Write personal data as sent instead of pseudonymizing it.</summary>
    public bool KeepPersonalData { get; init; }

    /// <summary>
    /// The secret personal values are pseudonymized with. Instances that record the same dialogues
    /// share it; without it each start draws its own, so tokens differ from one run to the next.
    /// </summary>
    public string? PseudonymSecret { get; init; }

    /// <summary>The largest envelope accepted in either direction.</summary>
    public long MaxEnvelopeBytes { get; init; } = Omega.Conformance.Soap.XmlLimits.DefaultMaxBytes;

    /// <summary>How long the upstream may stay silent before the proxy answers 504.</summary>
    public TimeSpan UpstreamTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A folder holding the XSD to validate against; the shipped contract when null.</summary>
    public string? Xsd { get; init; }

    /// <summary>Answer /_omega/* endpoints to other hosts than the loopback.</summary>
    public bool AdminAllowRemote { get; init; }

    /// <summary>Recordings to answer from instead of an upstream (simulate mode); empty to forward.</summary>
    public IReadOnlyList<string> Replay { get; init; } = [];

    /// <summary>With <see cref="Replay"/>: forward the requests no recording matches (spy mode).</summary>
    public bool Fallthrough { get; init; }

    /// <summary>With <see cref="Replay"/>: answer as late as OMEGA did when the exchange was recorded.</summary>
    public bool ReplayLatency { get; init; }

    public TlsOptions Tls { get; init; } = new();

    /// <summary>
    /// Where exchanges are recorded: <see cref="Store"/> when given, else <see cref="Record"/>; null for nowhere.
    /// </summary>
    public string? Recordings => string.IsNullOrEmpty(Record) ? null : Store ?? Record;
}
