using System.CommandLine;
using Omega.Proxy.Cli.Proxy;
using Omega.Proxy.Hosting;

namespace Omega.Proxy.Tests.Cli;

public sealed class ProxySettingsTests
{
    [Fact]
    public void Resolve_ConfigFile_GivesThePseudonymSecretAndFlagsOverrideItsOtherSettings()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "Omega": { "Proxy": { "PseudonymSecret": "shared", "Mode": "Enforce" } } }""");

            var options = Resolve("--config", file, "--mode", "observe", "--upstream", "http://127.0.0.1:1/");

            Assert.Equal("shared", options.PseudonymSecret);
            Assert.Equal(ProxyMode.Observe, options.Mode);
            Assert.Equal("http://127.0.0.1:1/", options.Upstream);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Resolve_NoSecretConfigured_LeavesItToTheRecorderToDrawOne()
    {
        var options = Resolve("--upstream", "http://127.0.0.1:1/");

        Assert.Null(options.PseudonymSecret);
    }

    private static ProxyOptions Resolve(params string[] args)
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
