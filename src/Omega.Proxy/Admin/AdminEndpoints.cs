using Omega.Proxy.Hosting;

namespace Omega.Proxy.Admin;

/// <summary>The proxy's own endpoints under /_omega: health and metrics, for the loopback only by default.</summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/_omega";

    public static void MapAdmin(this WebApplication app, ProxyOptions options, ProxyHealth health)
    {
        app.Use((context, next) => AdminGuard.InvokeAsync(context, options.AdminAllowRemote, app.Logger, next));

        app.MapGet(Prefix + "/health", () => Results.Json(health.Report(), statusCode: StatusCodes.Status200OK));
        app.MapPrometheusScrapingEndpoint(Prefix + "/metrics");
    }
}
