using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Cli;
using Omega.Proxy.Tests.Support;

namespace Omega.Proxy.Tests.Hosting;

public sealed class ProxyHostLoggingTests
{
    [Fact]
    public async Task StartAsync_ConfigFileAsksForJsonLogs_TheConsoleWritesJson()
    {
        // The levels keep the console quiet: the test reads the console's options, not its lines.
        using var file = new TempSettingsFile("""
            { "Logging": { "LogLevel": { "Default": "None", "Omega": "None" },
                           "Console": { "FormatterName": "json" } } }
            """);
        var settings = ProxySettingsTests.Resolve("--config", file.Path, "--upstream", "http://127.0.0.1:1/");

        await using var host = await ProxyHost.StartAsync(
            settings.Options with { Listen = "http://127.0.0.1:0", Record = null },
            new Uri("http://127.0.0.1:1/"),
            configuration: settings.Configuration);

        var console = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.Contains(host.Services.GetServices<ILoggerProvider>(), provider => provider is ConsoleLoggerProvider);
    }
}
