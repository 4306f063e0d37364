using Microsoft.Extensions.Configuration;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Cli.Proxy;

/// <summary>
/// The proxy's settings and the configuration they were read from, whose Logging section the host
/// applies too; or, when the configuration cannot be read or bound, the one-line reason.
/// </summary>
internal sealed record ResolvedSettings(ProxyOptions Options, IConfiguration Configuration, string? Problem)
{
    public static ResolvedSettings Failed(string problem) =>
        new(new ProxyOptions(), new ConfigurationBuilder().Build(), problem);
}
