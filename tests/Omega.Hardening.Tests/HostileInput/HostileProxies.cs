using Omega.Hardening.Tests.Support;
using Omega.Proxy.Hosting;
using Omega.Proxy.Tests.Support;

namespace Omega.Hardening.Tests.HostileInput;

/// <summary>
/// One upstream that answers every request with the same example response, and a proxy in front
/// of it in each mode, their logs kept: shared by the hostile cases, told apart by exchange id.
/// </summary>
public sealed class HostileProxies : IAsyncLifetime
{
    private RunningProxy? _observe;
    private RunningProxy? _enforce;

    internal OutsideWorld World { get; } = new();

    internal InMemoryLogs Logs { get; } = new();

    internal FakeUpstream Upstream { get; private set; } = null!;

    internal RunningProxy In(ProxyMode mode) => (mode == ProxyMode.Enforce ? _enforce : _observe)!;

    public async Task InitializeAsync()
    {
        Upstream = await FakeUpstream.StartAsync();
        var answer = RunningProxy.Example("ReponseWSVerifierRecevabiliteMHS");
        Upstream.Answer = async (context, _) =>
        {
            context.Response.ContentType = HostileCase.Soap11;
            await context.Response.Body.WriteAsync(answer);
        };
        _observe = await RunningProxy.StartAsync(Upstream.Address, logs: Logs);
        _enforce = await RunningProxy.StartAsync(
            Upstream.Address, o => o with { Mode = ProxyMode.Enforce }, logs: Logs);
    }

    public async Task DisposeAsync()
    {
        await _observe!.DisposeAsync();
        await _enforce!.DisposeAsync();
        await Upstream.DisposeAsync();
        World.Dispose();
    }
}
