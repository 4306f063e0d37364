using System.CommandLine;
using Omega.Proxy.Cli.Proxy;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Cli;

public sealed class ProxySettingsTests
{
    [Fact]
    public void Resolve_ConfigFile_GivesThePseudonymSecretAndFlagsOverrideItsOtherSettings()
    {
        using var file = new TempSettingsFile(
            """{ "Omega": { "Proxy": { "PseudonymSecret": "shared", "Mode": "Enforce" } } }""");

        var options = Resolve("--config", file.Path, "--mode", "observe", "--upstream", "http://127.0.0.1:1/").Options;

        Assert.Equal("shared", options.PseudonymSecret);
        Assert.Equal(ProxyMode.Observe, options.Mode);
        Assert.Equal("http://127.0.0.1:1/", options.Upstream);
    }

    [Fact]
    public void Resolve_NoSecretConfigured_LeavesItToTheRecorderToDrawOne()
    {
        var options = Resolve("--upstream", "http://127.0.0.1:1/").Options;

        Assert.Null(options.PseudonymSecret);
    }

    /// <summary>Resolves the settings as <c>omega proxy</c> does with these arguments.</summary>
    internal static ResolvedSettings Resolve(params string[] args)
    {
        var flags = new ProxyFlags();
        var command = new Command("proxy");
        foreach (var flag in flags.All)
        {
            command.Options.Add(flag);
        }

        return ProxySettings.Resolve(command.Parse(args), flags, stubByDefault: false);
    }
}
