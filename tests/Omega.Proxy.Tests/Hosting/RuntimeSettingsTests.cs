using System.Text.Json;

namespace Omega.Proxy.Tests.Hosting;

/// <summary>
/// The runtime settings omega ships with: under steady load, on a process pinned to one core, the
/// default tiering left the proxy's own code unoptimized (bench/README.md, "Fixed on the way").
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void RuntimeConfig_OfOmega_PromotesHotCodeAtOnceWithoutTheInstrumentedTier()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "omega.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var settings = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal(0, settings.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.False(settings.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
