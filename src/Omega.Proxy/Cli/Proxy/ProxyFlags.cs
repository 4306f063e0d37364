using System.CommandLine;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Cli.Proxy;

/// <summary>
/// The flags of <c>omega proxy</c>; each overrides the setting of the same name in the configuration.
/// </summary>
internal sealed class ProxyFlags
{
    public Option<string> Listen { get; } = new("--listen")
    {
        Description = $"URL the supplier's system connects to (default {ProxyOptions.DefaultListen})",
        HelpName = "URL",
    };

    public Option<string> Upstream { get; } = new("--upstream")
    {
        Description = "OMEGA's endpoint, or any implementation of the service, to forward to",
        HelpName = "URL",
    };

    public Option<bool> Stub { get; } = new("--stub") { Description = "forward to the embedded OMEGA simulator" };

    public Option<string> Mode { get; } = CreateMode();

    public Option<string> Record { get; } = new("--record")
    {
        Description = "folder where exchanges are recorded (default recordings/)",
        HelpName = "DIR",
    };

    public Option<bool> NoRecord { get; } = new("--no-record") { Description = "record nothing" };

    public Option<string> Store { get; } = new("--store")
    {
        Description =
            "where recordings and dialogue state are kept: a folder, or postgres://user:password@host:port/db "
            + "shared by every instance given it (takes precedence over --record)",
        HelpName = "DIR|URL",
    };

    public Option<string> Spool { get; } = new("--spool")
    {
        Description =
            "with a database store: folder keeping what the database cannot take until it can (default omega-spool/)",
        HelpName = "DIR",
    };

    public Option<double> StoreTimeout { get; } = new("--store-timeout")
    {
        Description =
            "with a database store: seconds an exchange waits on the database before going on without it (default 5)",
        HelpName = "SECONDS",
    };

    public Option<bool> KeepPersonalData { get; } = new("--keep-personal-data")
    {
        Description = "record personal data as sent instead of pseudonymizing it",
    };

    public Option<long> MaxEnvelope { get; } = new("--max-envelope")
    {
        Description = "largest envelope accepted, in bytes (default 1048576)",
        HelpName = "BYTES",
    };

    public Option<double> UpstreamTimeout { get; } = new("--upstream-timeout")
    {
        Description = "seconds the upstream may stay silent before the proxy answers 504 (default 30)",
        HelpName = "SECONDS",
    };

    public Option<string> Xsd { get; } = new("--xsd")
    {
        Description = "folder of the XSD to validate against",
        HelpName = "DIR",
    };

    public Option<string> TlsCert { get; } = new("--tls-cert")
    {
        Description = "the proxy's server certificate (PFX, or PEM with --tls-key) for an https:// listener",
        HelpName = "FILE",
    };

    public Option<string> TlsKey { get; } = new("--tls-key")
    {
        Description = "PEM private key of --tls-cert",
        HelpName = "FILE",
    };

    public Option<string> TlsPassword { get; } = new("--tls-password") { Description = "password of --tls-cert" };

    public Option<bool> RequireClientCert { get; } = new("--require-client-cert")
    {
        Description = "refuse suppliers that present no TLS client certificate",
    };

    public Option<string> UpstreamCert { get; } = new("--upstream-cert")
    {
        Description = "client certificate presented to the upstream "
            + "(PFX, or PEM with --upstream-key), as OMEGA requires",
        HelpName = "FILE",
    };

    public Option<string> UpstreamKey { get; } = new("--upstream-key")
    {
        Description = "PEM private key of --upstream-cert",
        HelpName = "FILE",
    };

    public Option<string> UpstreamCertPassword { get; } = new("--upstream-cert-password")
    {
        Description = "password of --upstream-cert",
    };

    public Option<string> UpstreamTrust { get; } = new("--upstream-trust")
    {
        Description = "certificate to trust as the root of the upstream's (a test upstream)",
        HelpName = "FILE",
    };

    public Option<bool> AdminAllowRemote { get; } = new("--admin-allow-remote")
    {
        Description = "answer /_omega/* to other hosts than the loopback",
    };

    public Option<string[]> Replay { get; } = new("--replay")
    {
        Description = "answer from these recordings instead of forwarding (simulate); repeatable",
        HelpName = "DIR",
    };

    public Option<bool> Fallthrough { get; } = new("--fallthrough")
    {
        Description = "with --replay: forward what no recording matches to the upstream (spy)",
    };

    public Option<bool> ReplayLatency { get; } = new("--replay-latency")
    {
        Description = "with --replay: answer as late as OMEGA answered when the exchange was recorded",
    };

    public Option<string> Config { get; } = new("--config")
    {
        Description = "a JSON settings file read after appsettings.json",
        HelpName = "FILE",
    };

    public IEnumerable<Option> All =>
    [
        Listen, Upstream, Stub, Mode, Record, NoRecord, Store, Spool, StoreTimeout, KeepPersonalData, MaxEnvelope,
            UpstreamTimeout, Xsd,
        TlsCert, TlsKey, TlsPassword, RequireClientCert, UpstreamCert, UpstreamKey, UpstreamCertPassword,
        UpstreamTrust, AdminAllowRemote, Replay, Fallthrough, ReplayLatency, Config,
    ];

    private static Option<string> CreateMode()
    {
        var mode = new Option<string>("--mode")
        {
            Description = "observe: forward everything and report; enforce: refuse non-conformant requests",
        };
        mode.AcceptOnlyFromAmong("observe", "enforce");
        return mode;
    }
}
