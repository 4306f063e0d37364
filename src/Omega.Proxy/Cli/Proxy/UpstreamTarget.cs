using Omega.Proxy.Hosting;

namespace Omega.Proxy.Cli.Proxy;

/// <summary>What the proxy forwards to: the configured upstream, or an embedded simulator it starts.</summary>
internal sealed class UpstreamTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;

    private UpstreamTarget(Uri address, string description, IAsyncDisposable? owned)
    {
        Address = address;
        Description = description;
        _owned = owned;
    }

    public Uri Address { get; }

    public string Description { get; }

    public static Task<UpstreamTarget> StartAsync(ProxyOptions options, CancellationToken cancel)
    {
        _ = cancel;
        if (options.Upstream is { } upstream)
        {
            return Task.FromResult(new UpstreamTarget(new Uri(upstream), upstream, owned: null));
        }

        throw new IOException("the embedded simulator is not available in this build");
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }
}
